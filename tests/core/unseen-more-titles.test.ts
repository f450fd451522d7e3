// Offices that stand before a name as titles do (عمدة، مفتي، القاضية، البطريرك …;
// not those that are also common family names: القاضي، المختار، النقيب): the name
// after them speaks. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

// (Someone spoke before each case, so carrying the last speaker over would miss.)
const LEAD = 'تواصل القصف على أطراف المدينة. وقال المزارع سالم حداد إن "الحقول احترقت".\n\n';

describe('an office before a name', () => {
  const CASES: Array<[string, string, string]> = [
    ['وكتب عمدة أوديسا غينادي تروخانوف على صفحته: «أعدنا الكهرباء إلى نصف الأحياء».', 'أعدنا الكهرباء إلى نصف الأحياء', 'غينادي تروخانوف'],
    ['وقال مفتي المدينة يوسف العمر: "المساجد فتحت أبوابها للنازحين".', 'المساجد فتحت أبوابها للنازحين', 'يوسف العمر'],
    ['وقالت السفيرة ليندا توماس غرينفيلد: "الحصار يجب أن ينتهي".', 'الحصار يجب أن ينتهي', 'ليندا توماس غرينفيلد'],
    ['وقال البطريرك يوحنا العاشر: «الكنيسة ستبقى مفتوحة للجميع».', 'الكنيسة ستبقى مفتوحة للجميع', 'يوحنا العاشر'],
    ['وقالت القاضية منى الحلبي في الجلسة: "المتهمون سيحاكمون حضوريا".', 'المتهمون سيحاكمون حضوريا', 'منى الحلبي'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('a title with a possessive pronoun, and a name that reads like a preposition', () => {
  const CASES: Array<[string, string, string]> = [
    ['أما نقابة المعلمين، فيرى رئيسها علي حسن الزبيري أن الرواتب "لا تكفي لأسبوع واحد".', 'لا تكفي لأسبوع واحد', 'علي حسن الزبيري'],
    ['أما جمعية المزارعين، فتقول رئيستها سعاد مراد إن الموسم "ضاع بالكامل".', 'ضاع بالكامل', 'سعاد مراد'],
    ['وعن الكتيبة، قال قائدها علي الشامي: «لم ننسحب من أي موقع».', 'لم ننسحب من أي موقع', 'علي الشامي'],
    ['ويقول مديرها رامي يونس إن المستشفى "يعمل بثلث طاقته".', 'يعمل بثلث طاقته', 'رامي يونس'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});
