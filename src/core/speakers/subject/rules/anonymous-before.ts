import { lexicon, stems } from '../../../speech';
import { nextWord } from '../../../text/tokens';
import { sentenceStart } from '../../model';
import type { SubjectRule } from './rule';

export const anonymousBefore: SubjectRule = {
  name: 'anonymous source before the verb',
  why: 'A sentence that opens with an unnamed source and leaves the verb no subject of its own ("مصدر أمني، فضل عدم ذكر اسمه، قال: ...") quotes nobody named.',
  examples: [
    { text: 'وقال الرئيس إلهام علييف إن بلاده تريد السلام.\nمصدر في الرئاسة، طلب عدم نشر اسمه، قال: "الاتفاق سيوقع الشهر المقبل".', quote: 'الاتفاق سيوقع الشهر المقبل', speaker: null },
    { text: 'وتحدث وزير الخارجية الروسي سيرغي لافروف عن الأزمة. ومسؤول عسكري رفيع أضاف: "الجبهة هادئة منذ يومين".', quote: 'الجبهة هادئة منذ يومين', speaker: null },
  ],
  apply({ from, to, ctx, text }) {
    if (to !== from || ctx.attribution || ctx.participle) return undefined;
    // (Read in place: no slice of the sentence made.)
    const first = nextWord(text, sentenceStart(text, ctx.cueStart, null), ctx.cueStart);
    if (!first) return undefined;
    // ("ومصدر ...": behind a conjunction.)
    const bare = first.norm.replace(/^[وف](?=.{3})/, '');
    return [first.norm, bare].some((w) => stems(w).some((s) => lexicon.anonymous.has(s))) ? { kind: 'anonymous' } : undefined;
  },
};
