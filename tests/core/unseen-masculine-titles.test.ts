// A title that ends in ة but names a man ("عمدة"، "خليفة"، "العلامة"، "الرحالة":
// data/roles.json masculineTitlesInTa) gives the person it introduces no
// feminine gender; a feminine title in ة still does. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

/** The gender of each person found, by the surface of their first mention. */
function genders(text: string): Record<string, string | null> {
  const persons = analyze(text, { stopEarly: false }).actors.filter((a) => a.type === 'person');
  return Object.fromEntries(persons.map((a) => [a.mentions[0]!.surface, a.gender ?? null]));
}

describe('a title in ة that names a man', () => {
  const MEN: Array<[string, string]> = [
    ['وقف عمدة البلدة مروان الشوبكي أمام الجسر المهدم وطلب من السكان الابتعاد.', 'مروان الشوبكي'],
    ['وافتتح عمدة المدينة مهيار القواسمي المدرسة الجديدة صباح الأحد.', 'مهيار القواسمي'],
    ['وزار العمدة عتيق الحوراني الأحياء التي غمرتها المياه.', 'عتيق الحوراني'],
    ['ونشر الرحالة جميل الدباغ صورا للقرى المهجورة على الحدود.', 'جميل الدباغ'],
    ['وألقى العلامة حسين الموسوي درسا في المسجد الكبير بعد صلاة الجمعة.', 'حسين الموسوي'],
    ['وخرج وعمدة القرية رامز الخطاطبة إلى الحقول المحروقة.', 'رامز الخطاطبة'],
  ];
  for (const [text, name] of MEN) {
    it(`${name} is no woman`, () => {
      expect(genders(text)[name]).not.toBe('f');
    });
  }
});

describe('a feminine title in ة still names a woman', () => {
  const WOMEN: Array<[string, string]> = [
    ['وقفت رئيسة البلدية منى الشوبكي أمام الجسر المهدم.', 'منى الشوبكي'],
    ['وقالت المتحدثة باسم البلدية رنا القواسمي إن المياه انحسرت.', 'رنا القواسمي'],
    ['وزارت الوزيرة سهام الحوراني الأحياء المنكوبة.', 'سهام الحوراني'],
  ];
  for (const [text, name] of WOMEN) {
    it(`${name} is a woman`, () => {
      expect(genders(text)[name]).toBe('f');
    });
  }
});
