import { lexicon, stems } from '../../../speech';
import { carry } from '../../carry';
import { holdsTitle } from '../../names';
import { isDocument, isSpokesperson, isTitle, speakerOf, titleStem } from '../../model';
import { lastBodyNamed } from '../reading';
import type { SubjectRule } from './rule';

export const institutionNoun: SubjectRule = {
  name: 'institution noun',
  why: 'A bare institution noun as the subject ("وقالت الوزارة", "بيان الوزارة", "المتحدث باسم الوزارة") is the last body of that name.',
  examples: [
    { text: 'وأعلنت وزارة الدفاع الأوكرانية صد هجوم. وقالت الوزارة: "الخسائر في صفوف العدو كبيرة".', quote: 'الخسائر في صفوف العدو كبيرة', speaker: 'وزارة الدفاع الأوكرانية' },
    { text: 'أعلنت وزارة التربية موعد الامتحانات. وقال المتحدث باسم الوزارة: "المراكز جاهزة في كل المحافظات".', quote: 'المراكز جاهزة في كل المحافظات', speaker: 'وزارة التربية' },
  ],
  apply(zone) {
    const { words, from, to, ctx, text } = zone;
    let title = '';
    for (let j = from; j < to; j++) {
      const w = words[j]!.norm;
      const noun = stems(w).find((s) => lexicon.institutionNouns.has(s));
      if (noun) {
        // ("وقال المتحدث باسم الوزارة" after the spokesman was named with that title: him.)
        const carried = title ? carry(ctx.state, ctx.gender, ctx, text) : null;
        if (carried?.kind === 'carry' && carried.speaker.person && holdsTitle(text, ctx, carried.speaker, title)) return carried;
        const body = lastBodyNamed(ctx, noun.replace(/^ال/, ''));
        return body ? { kind: 'explicit', speaker: speakerOf(body, ctx.state) } : undefined;
      }
      // "المتحدث باسم الوزارة"، "وكيل الوزارة": an office of the institution speaks for it (but "وزير الخارجية" is a person's office).
      // (The word after the verb carries no و: "وكيل" keeps its first letter.)
      if (j === from && (isTitle(w) || isSpokesperson(w)) && !lexicon.ministerWords.has(w)) title = titleStem(w);
      else if (!isDocument(w) && !(title && w === 'باسم')) return undefined;
    }
    return undefined;
  },
};
