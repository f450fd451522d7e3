import { appositiveName, subjectReach } from '../../names';
import type { SubjectRule } from './rule';

export const appositive: SubjectRule = {
  name: 'name in apposition',
  why: 'A name set off by commas after a title ("المتحدث باسم الأمين العام، X،") is who speaks, even past a stop.',
  examples: [
    { text: 'وقال وكيل وزارة الزراعة، سنان دياب، للصحفيين: "المحصول تراجع إلى النصف".', quote: 'المحصول تراجع إلى النصف', speaker: 'سنان دياب' },
  ],
  apply(zone) {
    const { text, words, from, ctx } = zone;
    if (!zone.names().seenTitle) return undefined;
    const named = appositiveName(text, words, from, subjectReach(text, words, from, ctx), ctx);
    return named ? { kind: 'explicit', speaker: named } : undefined;
  },
};
