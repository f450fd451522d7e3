// A speaker after a long title: feminine titles of office ("وكيلة"، "مساعدة")
// and a complement of two nouns joined by "و" ("للشؤون السياسية وبناء السلام").
// Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'عقدت اللجنة جلسة طارئة لبحث الوضع في المدينة.\n\n';

describe('a speaker after a long title', () => {
  const CASES: Array<[string, string]> = [
    ['وقالت وكيلة الوزارة لشؤون التخطيط وإدارة الأزمات سناء الشامي: "نحتاج إلى خطة للشتاء".', 'سناء الشامي'],
    ['وقالت مديرة الإدارة العامة للشؤون الإدارية والمالية هدى القاسم: "نحتاج إلى خطة للشتاء".', 'هدى القاسم'],
    ['وقال المفوض العام للإغاثة وشؤون اللاجئين سامر النجار: "نحتاج إلى خطة للشتاء".', 'سامر النجار'],
    ['وأكد مدير إدارة التعليم وتنمية المهارات في المحافظة عادل يونس: "نحتاج إلى خطة للشتاء".', 'عادل يونس'],
    ['وافتتحت وكيلة الأمين العام للشؤون الإنسانية وتنسيق الإغاثة لينا حداد الاجتماع بالقول: "نحتاج إلى خطة للشتاء".', 'لينا حداد'],
    ['وقال الوكيل المساعد لشؤون الصحة والبيئة فراس العلي: "نحتاج إلى خطة للشتاء".', 'فراس العلي'],
  ];
  for (const [sentence, speaker] of CASES) {
    it(sentence.slice(0, 45), () => {
      expect(direct(LEAD + sentence)).toEqual([['نحتاج إلى خطة للشتاء', speaker]]);
    });
  }

  it('a given name after "و" is a name, not a joined noun of the title', () => {
    expect(direct(`${LEAD}وقال الباحث في مركز الدراسات وليد الحسن: "نحتاج إلى خطة للشتاء".`)).toEqual([['نحتاج إلى خطة للشتاء', 'وليد الحسن']]);
  });

  it('a comma before "و" ends the title: what follows is another clause', () => {
    const text = `${LEAD}وحضرت وزيرة الصحة سلوى المصري الجلسة، وتحدث الأطباء عن نقص الأدوية. وقالت المصري: "نحتاج إلى خطة للشتاء".`;
    expect(direct(text)).toEqual([['نحتاج إلى خطة للشتاء', 'المصري']]);
  });
});
