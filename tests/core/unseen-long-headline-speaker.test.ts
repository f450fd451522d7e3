// A live-blog entry or a line that describes its speaker at length before the
// name and the colon ("مدير المستشفى الذي افتتحته المنظمة … X: «...»"): the person named
// right before the colon speaks. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct, speakerOf } from './support/speaking';


describe('a long description, then the name and a colon', () => {
  const CASES: Array<[string, string, string]> = [
    ['14:05\nمدير المستشفى الميداني الذي افتتحته المنظمة في أطراف المدينة الشهر الماضي كريم العلي: «نستقبل أكثر من مئة جريح يوميا».', 'نستقبل أكثر من مئة جريح يوميا', 'كريم العلي'],
    ['09:40\nقائد الفرقة التي انسحبت من القرى الحدودية قبل أسبوعين بعد معارك عنيفة مع القوات المهاجمة اللواء سامي حداد: "سنعود إلى مواقعنا قريبا".', 'سنعود إلى مواقعنا قريبا', 'سامي حداد'],
    ['وفي زيارتي الأخيرة للمخيم قال لي أحد النازحين، وهو معلم من قرية قريبة اسمه فادي يوسف: "لم نأكل منذ يومين".', 'لم نأكل منذ يومين', 'فادي يوسف'],
    ['21:15\nالمتحدثة باسم اللجنة المحلية التي تشرف على توزيع المساعدات في الأحياء الشرقية منذ بداية الشتاء سلمى داود: «وزعنا ألفي بطانية هذا الأسبوع».', 'وزعنا ألفي بطانية هذا الأسبوع', 'سلمى داود'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(speakerOf(text, quote)).toBe(speaker);
    });
  }

  it('a place right before the colon is nobody', () => {
    for (const place of ['من مدينة خان يونس', 'بشمال دارفور', 'في ضواحي مدينة دير الزور']) {
      const text = `16:20\nشهود عيان في الأحياء الشرقية التي تعرضت للقصف طوال الليلة الماضية ${place}: «سمعنا انفجارات قوية قرب المستشفى».`;
      expect(String(speakerOf(text, 'سمعنا انفجارات قوية قرب المستشفى'))).not.toMatch(/يونس|دارفور|الزور/);
    }
  });

  it('no person right before the colon: no speaker from the line', () => {
    const text = '16:20\nفي تطور لافت بعد ساعات من الهدوء الحذر على جبهات القتال الشمالية والشرقية للمدينة: «سمعنا انفجارات قوية قرب المطار».';
    expect(speakerOf(text, 'سمعنا انفجارات قوية قرب المطار')).toBeNull();
  });
});
