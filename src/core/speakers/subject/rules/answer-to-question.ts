import { endsInTanweenAlif } from '../../../chars';
import { withoutConjunction } from '../../../clitics';
import { lexicon, type Word } from '../../../speech';
import { nextWord } from '../../../text/tokens';
import { insideSpans, lowerBound, mentionAgrees, type Mention, type ResolveContext, sentenceStart, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** How many words back the question's verb may stand before its answer. */
const QUESTION_REACH = 30;

export const answerToQuestion: SubjectRule = {
  name: 'answer to a question',
  why: 'An answer with no subject of its own after a question in its sentence ("وسألت النائبة X وزير الدفاع Y عن الحدود، فأجاب بأن …") is the one asked: the last person named after the question\'s verb whose gender the answer has.',
  examples: [
    { text: 'وقال رئيس البرلمان آلين سيمونيان إن الجلسة مستمرة. وسألت النائبة ماري هاكوبيان وزير الدفاع سورين بابيكيان عن الحدود، فأجاب بأن الوضع "هادئ تماما منذ أشهر طويلة".', quote: 'هادئ تماما منذ أشهر طويلة', speaker: 'سورين بابيكيان' },
    { text: 'وقالت المذيعة منى خليل إن الضيف تأخر. وسأل الصحفي كريم داود الوزيرة سلمى حداد عن المعبر، فأجابت: "سيفتح بعد أسبوع إن سمحت الظروف".', quote: 'سيفتح بعد أسبوع إن سمحت الظروف', speaker: 'سلمى حداد' },
    { text: 'وكانت الكاتبة ريم سلوم قد قالت: "المعرض أكبر هذا العام". وسألت بائعاً عراقياً عن الأسعار، فأجابني: "الورق صار أغلى من الكتب".', quote: 'الورق صار أغلى من الكتب', speaker: null },
  ],
  apply({ text, words, from, to, ctx }) {
    if ((to !== from && !(to === from + 1 && mannerWord(words[from]!, ctx))) || ctx.attribution) return undefined;
    const verb = nextWord(text, ctx.cueStart, ctx.cueStart + 20);
    if (!verb || !lexicon.answerVerbs.has(withoutConjunction(verb.norm))) return undefined;
    const askedAt = questionBefore(text, ctx.cueStart);
    if (askedAt < 0) return undefined;
    let asked: Mention | null = null;
    for (let k = lowerBound(ctx.mentionStarts, askedAt); k < ctx.mentions.length && ctx.mentions[k]!.start < ctx.cueStart; k++) {
      const m = ctx.mentions[k]!;
      if (m.actor.type === 'person' && !insideSpans(ctx.direct, ctx.directStarts, m.start) && mentionAgrees(m, ctx.gender, ctx.state)) asked = m;
    }
    if (asked) return { kind: 'carry', speaker: speakerOf(asked, ctx.state) };
    // ("وسألت بائعاً عراقياً، فأجابني:": one asked who is not named, an indefinite noun, answers anonymously.)
    const askedWhom = nextWord(text, askedAt, ctx.cueStart);
    return askedWhom && endsInTanweenAlif(text.slice(askedWhom.start, askedWhom.end)) ? { kind: 'anonymous' } : undefined;
  },
};

/** "فرد بحدة:", "فأجابت بهدوء:": one word behind ب saying how, no actor's name. */
function mannerWord(word: Word, ctx: ResolveContext): boolean {
  return /^ب[\u0621-\u064a]{3,}$/.test(word.norm) && ctx.mentions[lowerBound(ctx.mentionStarts, word.start)]?.start !== word.start;
}

/** Where the verb of a question ends in the answer's sentence, the nearest before it; -1 when none. */
function questionBefore(text: string, cueStart: number): number {
  const from = sentenceStart(text, cueStart, null);
  let found = -1;
  let seen = 0;
  for (let w = nextWord(text, from, cueStart); w && w.end <= cueStart && seen < QUESTION_REACH; w = nextWord(text, w.end, cueStart), seen++) {
    if (lexicon.askVerbs.has(withoutConjunction(w.norm))) found = w.end;
  }
  return seen < QUESTION_REACH ? found : -1;
}
