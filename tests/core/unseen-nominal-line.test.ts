// A live-blog line with no verb: "TITLE X، في تصريحات …: «…»" — the phrase of how
// the words came names nobody after it, so the actor right before it speaks, and a
// later "وأضاف:" goes on with that actor. Also a body's head noun in construct
// before the actor that speaks ("ورد مكتب X"). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'تواصلت الغارات على المدينة طوال الليل وسط انقطاع الكهرباء.\n\n';

describe('a nominal line before an attribution phrase', () => {
  const CASES: Array<[string, string, string]> = [
    ['09:15\nوزير الخارجية الأوكراني أندريه سيبيغا، في تصريحات لصحفيين أوروبيين ببروكسل: "نحتاج إلى منظومات دفاع جوي قبل الشتاء".', 'نحتاج إلى منظومات دفاع جوي قبل الشتاء', 'أندريه سيبيغا'],
    ['12:40\nالناطق باسم وزارة الخارجية في قطر ماجد الأنصاري، في مؤتمر صحفي أسبوعي بالدوحة: «المحادثات تسير ببطء لكنها لم تتوقف».', 'المحادثات تسير ببطء لكنها لم تتوقف', 'ماجد الأنصاري'],
    ['18:05\nمبعوث الأمم المتحدة هانس غروندبرغ في كلمة أمام مجلس الأمن: "الهدنة هشة ويجب حمايتها من الانهيار".', 'الهدنة هشة ويجب حمايتها من الانهيار', 'هانس غروندبرغ'],
    ['21:30\nمنظمة الصحة العالمية، في بيان مقتضب: «ثلاثة مستشفيات فقط ما زالت تعمل في المحافظة».', 'ثلاثة مستشفيات فقط ما زالت تعمل في المحافظة', 'منظمة الصحة العالمية'],
    ['07:50\nرئيسة بعثة الصليب الأحمر في المدينة ياسمين قاسمي، في حديث لإذاعة محلية: "الطريق إلى المستشفى مغلق منذ يومين".', 'الطريق إلى المستشفى مغلق منذ يومين', 'ياسمين قاسمي'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }

  it('a later "وأضاف:" goes on with that speaker', () => {
    const text = `${LEAD}09:15\nوزير الخارجية الأوكراني أندريه سيبيغا، في تصريحات لصحفيين أوروبيين ببروكسل: "نحتاج إلى منظومات دفاع جوي قبل الشتاء".\nوأضاف: "لن نقبل بأي تسوية على حساب أرضنا".`;
    expect(direct(text)).toContainEqual(['لن نقبل بأي تسوية على حساب أرضنا', 'أندريه سيبيغا']);
  });

  it('a clause with a speech verb keeps its own subject', () => {
    const text = `${LEAD}وقالت منظمة الصحة العالمية إن الوضع خطير، ونقلت عن الطبيب سامر عودة في بيان: «لم يبق لدينا وقود للمولدات».`;
    expect(direct(text)).not.toContainEqual(['لم يبق لدينا وقود للمولدات', 'منظمة الصحة العالمية']);
  });
});

describe("a body's head noun before the actor that speaks", () => {
  const CASES: Array<[string, string, string]> = [
    ['وردّ مكتب منسق أعمال الحكومة الإسرائيلية في المناطق بأن "المعابر تعمل بكامل طاقتها".', 'المعابر تعمل بكامل طاقتها', 'منسق أعمال الحكومة الإسرائيلية في المناطق'],
    ['وقالت إدارة منظمة الصحة العالمية: "نحتاج إلى ممرات آمنة للفرق الطبية".', 'نحتاج إلى ممرات آمنة للفرق الطبية', 'منظمة الصحة العالمية'],
    ['وأعلن مكتب الأمين العام للأمم المتحدة أنطونيو غوتيريش: "المبعوث سيزور المنطقة الأسبوع المقبل".', 'المبعوث سيزور المنطقة الأسبوع المقبل', 'أنطونيو غوتيريش'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});
