import { isQuoteMark } from '../../../chars';
import { lexicon, wordsIn } from '../../../speech';
import { nextWord } from '../../../text/tokens';
import { isClauseMark } from '../../../text/sentences';
import type { Resolution, ResolveContext } from '../../model';
import type { SubjectRule } from './rule';

/** A comma or semicolon in the gap between two words. */
const isClauseMarkIn = (gap: string): boolean => [...gap].some(isClauseMark);

/** "بالقول", "بالإشارة إلى", "بالتأكيد على": the attribution phrases of data/speech-verbs.json that open with a verbal noun behind "بال", by first word. */
const BY_SAYING: ReadonlySet<string> = new Set(lexicon.attributionPhraseList.filter((p) => p.startsWith('بال')).map((p) => p.split(' ')[0]!));

/** How many words before "بالقول" its clause's verb may stand. */
const MAX_CLAUSE_WORDS = 8;

export const bySaying: SubjectRule = {
  name: 'by saying',
  why: '"بالقول" says how the clause\'s verb was done ("وختم X حديثه بالقول: ..."): the subject of that verb, right after the word that opens the clause, speaks.',
  examples: [
    { text: 'يعمل سمير الحداد في ورشته منذ الفجر. ويختم الحداد حديثه بالقول: «الحرفة باقية ما دام هناك من يتعلمها».', quote: 'الحرفة باقية ما دام هناك من يتعلمها', speaker: 'الحداد' },
    { text: 'وقال وكيل وزارة الري والموارد المائية سليم القاضي إن الوزارة "ستنهي حفر الآبار قبل الصيف". ويختم القاضي حديثه بالقول: "الماء أول ما نحتاجه في القرى".', quote: 'الماء أول ما نحتاجه في القرى', speaker: 'القاضي' },
    { text: 'وردّت المحامية هالة درويش على سؤالنا بالقول: "الملف كاملا أمام المحكمة منذ شهرين".', quote: 'الملف كاملا أمام المحكمة منذ شهرين', speaker: 'هالة درويش' },
    { text: 'واكتفى وزير المالية غسان بدر بالقول: "الموازنة ستصدر في موعدها هذا العام".', quote: 'الموازنة ستصدر في موعدها هذا العام', speaker: 'غسان بدر' },
    { text: 'وقال وزير النقل رامي عيسى إن الطرق "ستفتح قريبا". وعن الموانئ، اكتفى عيسى بالقول: "العمل جار على إصلاح الأرصفة".', quote: 'العمل جار على إصلاح الأرصفة', speaker: 'عيسى' },
    { text: 'وقال وزير الخارجية الروسي سيرغي لافروف مساء أمس إن المحادثات متعثرة. وعن الهدنة، اكتفت الناطقة ماريا زاخاروفا بالإشارة إلى أن "الاتصالات مستمرة عبر القنوات المعتادة".', quote: 'الاتصالات مستمرة عبر القنوات المعتادة', speaker: 'ماريا زاخاروفا' },
  ],
  apply({ text, words, from, to, ctx, resolveAt }) {
    if (!ctx.attribution || to !== from || from < 3 || !BY_SAYING.has(nextWord(text, ctx.cueStart, ctx.cueStart + 20)?.norm ?? '')) return undefined;
    // The clause opens after a sentence end, a colon, a quotation mark or a line break;
    // its verb may also stand after a comma ("وعن العملة، اكتفى الوزير بالقول").
    let open = from - 1;
    let afterComma: number | null = null;
    let opened = false;
    while (open > 0 && from - 1 - open < MAX_CLAUSE_WORDS) {
      const gap = text.slice(words[open - 1]!.end, words[open]!.start);
      if ((opened = /[.!?؟:\n]/.test(gap) || [...gap].some(isQuoteMark))) break;
      if (afterComma === null && isClauseMarkIn(gap)) afterComma = open;
      open--;
    }
    if (afterComma !== null && afterComma + 1 < from - 1) {
      const subject = resolveAt(afterComma + 1, { ...ctx, attribution: false, participle: false });
      if (subject.kind === 'explicit') return subject;
      // ("الطبيبة X، العاملة مع منظمة Y، وصفت ما رأته بالقول": the subject stands before the comma,
      // further back than the words read; the body in its apposition is no subject. The carry finds X.)
      if (!opened && open > 0) return undefined;
    }
    if (open + 1 >= from - 1) return undefined;
    const subject = resolveAt(open + 1, { ...ctx, attribution: false, participle: false });
    if (subject.kind === 'explicit') return subject;
    const word = words[open + 1]!;
    return quotedBefore(ctx, word.norm, word.start, word.end);
  },
};

/** A speaker quoted earlier whose longer name holds this one word ("الحيمي" of a name the actor finder missed). */
function quotedBefore(ctx: ResolveContext, norm: string, start: number, end: number): Resolution | undefined {
  if (norm.length < 3) return undefined;
  for (let k = ctx.cues.length - 1; k >= 0; k--) {
    const r = ctx.cues[k]!.resolution;
    if (r.kind !== 'explicit' || !r.speaker.person || !r.speaker.ref.name) continue;
    const names = wordsIn(r.speaker.ref.name).map((w) => w.norm);
    if (names.length > 1 && names.includes(norm)) return { kind: 'explicit', speaker: { ...r.speaker, ref: { ...r.speaker.ref, start, end } } };
  }
  return undefined;
}
