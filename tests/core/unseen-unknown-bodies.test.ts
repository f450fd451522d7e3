// A body the gazetteer lacks, named first as a speech verb's subject from a
// noun that opens bodies' names (مقر، جمعية، خلية، نقابة …), speaks; an actor
// the zone names still wins. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

// (Someone spoke before each case, so carrying the last speaker over would miss.)
const LEAD = 'تواصل القصف على أطراف المدينة. وقال الوزير سامي الدباغ إن "الوضع صعب".\n\n';

describe('a body the gazetteer lacks as the subject', () => {
  const CASES: Array<[string, string, string]> = [
    ['وقال مقر التنسيق لشؤون المفقودين في بيان: "سلمنا قوائم جديدة".', 'سلمنا قوائم جديدة', 'مقر التنسيق لشؤون المفقودين'],
    ['وأكدت نقابة الأطباء المستقلة أن "ثلث الكوادر غادر البلاد".', 'ثلث الكوادر غادر البلاد', 'نقابة الأطباء المستقلة'],
    ['وقالت خلية الأزمة في المحافظة: «المياه ستعود خلال يومين».', 'المياه ستعود خلال يومين', 'خلية الأزمة'],
    ['وحذرت رابطة المزارعين في الجنوب من أن "الجوع سيتسع في الشتاء".', 'الجوع سيتسع في الشتاء', 'رابطة المزارعين'],
    ['وأعلنت جمعية الصيادين الأهلية: «البحر مغلق أمامنا منذ شهر».', 'البحر مغلق أمامنا منذ شهر', 'جمعية الصيادين الأهلية'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }

  it('a known actor in the subject still speaks', () => {
    expect(direct(`${LEAD}وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية: "القوافل متوقفة".`)).toContainEqual(['القوافل متوقفة', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية']);
  });
});
