// A person's name ends before the verb's object when that object is a noun in
// construct ("X Y هدف الفوز"), not a third name word (issue 9). Sentences of
// our own writing.
import { describe, expect, it } from 'vitest';
import { unknownNames } from './support/speaking';

describe('a noun in construct after a name is the verb\'s object', () => {
  it('ends the name before it', () => {
    const cases: Array<[string, string]> = [
      ['وأحرز المهاجم البديل ماهر سلوم هدف التعادل في الوقت القاتل.', 'ماهر سلوم'],
      ['وقص الوزير فادي حداد شريط الافتتاح صباح الخميس.', 'فادي حداد'],
      ['ثم ألقت الناشطة رنا العطار كلمة المنظمين أمام الحشد.', 'رنا العطار'],
    ];
    for (const [text, name] of cases) {
      const names = unknownNames(text);
      expect(names).toContain(name);
      expect(names.some((n) => n.startsWith(`${name} `))).toBe(false);
    }
  });

  it('not where the two words are a compound given name', () => {
    expect(unknownNames('وقال الطبيب مازن سليم نور الدين إن الجرحى كثر.')).not.toContain('مازن سليم');
    expect(unknownNames('وقال المسعف وائل شريف عز الدين إن الطريق مقطوع.')).not.toContain('وائل شريف');
  });

  it('not where the third word carries a preposition', () => {
    expect(unknownNames('وسلم الوفد الوسيط الدولي ملفات كاملة بأسماء الضحايا.')).not.toContain('ملفات كاملة');
  });

  it('finds no person in a role followed by a plea', () => {
    expect(unknownNames('وطالب رئيس البلدية بضرورة وقف إطلاق النار فورا.')).toEqual([]);
  });
});
