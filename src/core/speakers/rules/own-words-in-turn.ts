import { isFirstPersonSpeech } from '../../speech';
import { someWordIn } from '../../text/tokens';
import { lineStartOf, lowerBound, mentionRef } from '../model';
import type { SpeakerRule } from './rule';

/** How far back a turn's label may stand from the quote (one paragraph of a transcript). */
const MAX_TURN = 1500;
/** "X (سائق، 60 عاما):", "X:": what may stand between the label's name and its colon. */
const LABEL_END = /^[ \u00A0]*(\([^)\n]{0,80}\))?[ \u00A0]*:/;
/** "المتصلة الثانية، " before the name, "، طالبة في كلية الطب:" after it: a few words set off by commas, no sentence's end. */
const DESCRIBED_BEFORE = /^[^\n،,.:!?؟"«»]{2,30}[،,][ \u00A0]*$/;
const DESCRIBED_AFTER = /^[ \u00A0]*[،,][^\n.:!?؟"«»]{2,60}:/;

export const ownWordsInTurn: SpeakerRule = {
  name: 'own words in a turn',
  why: 'In a transcript, a quote after a first-person speech verb ("قلت لزملائي أمس: «…»") in a turn opened by a person\'s name and a colon is that person quoting themself.',
  examples: [
    {
      text: 'المذيعة: معنا من المرصد الدكتورة هالة سمير النقيب. ماذا رأيتم الليلة؟\n\nهالة سمير النقيب: رصدنا المذنب منذ ثلاث ليال. قلت لزملائي أمس: "لم أر شيئا كهذا منذ عشرين عاما".',
      quote: 'لم أر شيئا كهذا منذ عشرين عاما',
      speaker: 'هالة سمير النقيب',
    },
    {
      text: 'المذيع: ننتقل إلى المستمع أبو فراس من حمص.\n\nأبو فراس (مزارع، 58 عاما): الموسم ضعيف يا أخي. وقلنا للجمعية مرارا: "نحتاج إلى البذار قبل المطر".',
      quote: 'نحتاج إلى البذار قبل المطر',
      speaker: 'أبو فراس',
    },
    {
      text: 'المذيع: نأخذ الاتصال الثالث.\n\nالمتصل الثالث، نادر كمال الحلو، سائق أجرة من الميناء: مساء الخير. قلت لابني قبل الحرب: "لن نترك هذا البيت مهما حدث".',
      quote: 'لن نترك هذا البيت مهما حدث',
      speaker: 'نادر كمال الحلو',
    },
  ],
  apply(zone) {
    const { text, outerStart: at } = zone;
    const lineStart = lineStartOf(text, at, MAX_TURN);
    if (!someWordIn(text, Math.max(lineStart, zone.sentenceFrom), at, (norm) => isFirstPersonSpeech(norm))) return undefined;
    const label = zone.mentions[lowerBound(zone.mentionStarts, lineStart)];
    if (!label || label.actor.type !== 'person' || label.start >= at) return undefined;
    const before = text.slice(lineStart, label.start);
    if (before.trim() === '') return LABEL_END.test(text.slice(label.end, at)) ? { speaker: mentionRef(label) } : undefined;
    // "المتصلة الثانية، X، طالبة في كلية الطب:": who the turn's speaker is, the name set off by commas, a short description after.
    return DESCRIBED_BEFORE.test(before) && DESCRIBED_AFTER.test(text.slice(label.end, at)) ? { speaker: mentionRef(label) } : undefined;
  },
};
