import { lexicon, stems } from '../../../speech';
import type { SubjectRule } from './rule';

export const anonymousSource: SubjectRule = {
  name: 'anonymous source',
  why: 'An indefinite source ("مصدر في الوزارة", "مسؤول أمني") names nobody: the quote has no speaker.',
  examples: [
    { text: 'وقال مصدر عسكري مطلع: "القوات تستعد لهجوم واسع خلال أيام".', quote: 'القوات تستعد لهجوم واسع خلال أيام', speaker: null },
  ],
  apply({ first }) {
    return stems(first).some((s) => lexicon.anonymous.has(s)) ? { kind: 'anonymous' } : undefined;
  },
};
