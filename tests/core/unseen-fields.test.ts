// A field of study or medicine after a role ("أستاذ أمراض الباطنة", "قسم جراحة
// العظام", "أخصائي طب الأطفال") continues the role's complement: no person's
// name. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const persons = (text: string): string[] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'person')
    .map((a) => text.slice(a.mentions[0]!.start, a.mentions[0]!.end));

describe('a field after a role', () => {
  it('is no person', () => {
    expect(persons('وقال أستاذ أمراض الباطنة في الجامعة إن الأوبئة تنتشر.')).toEqual([]);
    expect(persons('وقالت رئيسة قسم جراحة العظام إن الإصابات كثيرة.')).toEqual([]);
    expect(persons('وأوضح أستاذ علم الاجتماع أن النزوح غير حياة الأسر.')).toEqual([]);
    expect(persons('وقال أستاذ هندسة الطرق إن الجسور تحتاج إلى ترميم.')).toEqual([]);
  });

  it('the name after the field is still found', () => {
    expect(persons('وقال أستاذ أمراض الباطنة في الجامعة، كمال نعمان، إن الأوبئة تنتشر.')).toContain('كمال نعمان');
    expect(persons('وقالت رئيسة قسم جراحة العظام سهى درويش إن الإصابات كثيرة.')).toContain('سهى درويش');
  });
});
