import { lexicon, stems } from '../../../speech';
import { isDocument, speakerOf } from '../../model';
import { lastBodyNamed } from '../reading';
import type { SubjectRule } from './rule';

export const institutionNoun: SubjectRule = {
  name: 'institution noun',
  why: 'A bare institution noun as the subject ("وقالت الوزارة", "بيان الوزارة") is the last body of that name.',
  examples: [
    { text: 'وأعلنت وزارة الدفاع الأوكرانية صد هجوم. وقالت الوزارة: "الخسائر في صفوف العدو كبيرة".', quote: 'الخسائر في صفوف العدو كبيرة', speaker: 'وزارة الدفاع الأوكرانية' },
  ],
  apply(zone) {
    const { words, from, to, ctx } = zone;
    for (let j = from; j < to; j++) {
      const w = words[j]!.norm;
      const noun = stems(w).find((s) => lexicon.institutionNouns.has(s));
      if (noun) {
        const body = lastBodyNamed(ctx, noun.replace(/^ال/, ''));
        return body ? { kind: 'explicit', speaker: speakerOf(body, ctx.state) } : undefined;
      }
      if (!isDocument(w)) return undefined;
    }
    return undefined;
  },
};
