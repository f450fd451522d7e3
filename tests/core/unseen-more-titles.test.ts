// Offices that stand before a name as titles do (عمدة، مختار، القاضي، المفتي،
// البطريرك …): the name after them speaks. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

// (Someone spoke before each case, so carrying the last speaker over would miss.)
const LEAD = 'تواصل القصف على أطراف المدينة. وقال المزارع سالم حداد إن "الحقول احترقت".\n\n';

describe('an office before a name', () => {
  const CASES: Array<[string, string, string]> = [
    ['وكتب عمدة أوديسا غينادي تروخانوف على صفحته: «أعدنا الكهرباء إلى نصف الأحياء».', 'أعدنا الكهرباء إلى نصف الأحياء', 'غينادي تروخانوف'],
    ['وقال مختار القرية يوسف العمر: "عاد أربعون بيتا فقط من أصل مئتين".', 'عاد أربعون بيتا فقط من أصل مئتين', 'يوسف العمر'],
    ['وأعلن المفتي أحمد حسون في خطبة الجمعة: "الصلح خير من الحرب".', 'الصلح خير من الحرب', 'أحمد حسون'],
    ['وقال البطريرك يوحنا العاشر: «الكنيسة ستبقى مفتوحة للجميع».', 'الكنيسة ستبقى مفتوحة للجميع', 'يوحنا العاشر'],
    ['وقال القاضي مازن الحلبي في الجلسة: "المتهمون سيحاكمون حضوريا".', 'المتهمون سيحاكمون حضوريا', 'مازن الحلبي'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});
