// Mentions of unseen text (issue 9, blind27 and fresh off-topic pages): a dateline's byline that ends with a
// colon, or whose name has a word the finder missed; a name right after a venue noun is the venue's; a surname
// that is also a common word names its person next to a speech verb; a foreign surname in "اه"; a body opened
// by "الجهاز" and a naming adjective; UN bodies named with "التابع للأمم المتحدة". Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const analysis = (text: string) => analyze(text, { stopEarly: false });
const unknownPersons = (text: string): string[][] =>
  analysis(text).actors.filter((a) => a.type === 'person' && a.id === null).map((a) => a.mentions.map((m) => m.surface));
const mentionsOf = (text: string, id: string): string[] => analysis(text).actors.find((a) => a.id === id)?.mentions.map((m) => m.surface) ?? [];

const STORY = 'قصفت الطائرات الإسرائيلية خان يونس فجر اليوم، وأعلنت وزارة الصحة بغزة أن "عشرات القتلى سقطوا في الغارات الأخيرة".';

describe("a reporter's byline names no actor", () => {
  const bylines: Array<[string, string]> = [
    ['غزة – كتب سامي النجار:', 'سامي النجار'],
    ['رفح – كتبت هدى الأغا:', 'هدى الأغا'],
    ['بقلم: منى خليل العطار', 'منى خليل'],
    ['القدس – وائل حمدان:', 'وائل حمدان'],
  ];
  for (const [byline, name] of bylines) {
    it(byline, () => {
      const text = `غارات جديدة على جنوب القطاع\n\n${byline}\n\n${STORY}`;
      expect(unknownPersons(text).flat().some((m) => m.includes(name))).toBe(false);
    });
  }
  it('a name with a colon that opens a quote is no byline', () => {
    const text = `غارات جديدة على جنوب القطاع\n\n${STORY}\n\nوكتب الطبيب سامي النجار:\n\n"لم نعد نملك أسرة لمزيد من الجرحى في المستشفى".`;
    expect(unknownPersons(text).flat()).toContain('سامي النجار');
  });
});

describe('a name right after a venue noun names the venue', () => {
  const venues: Array<[string, string]> = [
    ['وتحدث الطبيب سعيد الحلبي، المدير السابق لمستشفى كمال عدوان، عن نقص حاد في الوقود والأدوية.', 'كمال عدوان'],
    ['ووصلت القافلة إلى شارع عمر المختار وسط غزة بعد ساعات من الانتظار على الحاجز.', 'عمر المختار'],
    ['وتجمع الطلاب أمام مدرسة خالد الحسن في المخيم بعد توقف الدراسة أسبوعين.', 'خالد الحسن'],
  ];
  for (const [text, venue] of venues) it(venue, () => expect(unknownPersons(text).flat()).not.toContain(venue));
});

describe('a surname that is also a common word names its person next to a speech verb', () => {
  it('الحكيم', () => {
    const text = 'وصرح مدرب نادي الجيش صلاح الحكيم عقب اللقاء: "لم نقدم أفضل مبارياتنا اليوم". وتابع الحكيم أن لاعبيه "تعبوا كثيرا هذا الأسبوع".';
    expect(unknownPersons(text)).toContainEqual(['صلاح الحكيم', 'الحكيم']);
  });
  it('not where the surname reads as a preposition once normalized ("علي")', () => {
    const text = 'وقالت الناشطة سعاد قره علي إن "المساعدات لا تصل". وأكد على ضرورة فتح المعابر أمام القوافل.';
    expect(unknownPersons(text).flat()).not.toContain('على');
  });
});

describe('a foreign surname in "اه" ends the name', () => {
  const names: Array<[string, string]> = [
    ['وصرح مدرب الفريق الغاني جيمس كواسي أبياه عقب التدريب: "اللاعبون قدموا مباراة كبيرة جدا".', 'جيمس كواسي أبياه'],
    ['وقال مدرب الفريق الغاني كوفي مينساه بعد اللقاء: "سنعود أقوى في مباراة الإياب".', 'كوفي مينساه'],
  ];
  for (const [text, name] of names) it(name, () => expect(unknownPersons(text).flat()).toContain(name));
});

describe('bodies', () => {
  it('"الجهاز" with a naming adjective opens a body', () => {
    const text = 'وتراجع معدل البطالة في الربع الأخير، وفق بيانات الجهاز المركزي للإحصاء في مصر، إلى أدنى مستوى منذ سنوات.';
    expect(analysis(text).actors.some((a) => a.type === 'organization' && a.mentions.some((m) => m.surface.startsWith('الجهاز المركزي')))).toBe(true);
  });
  it('"الجهاز الفني" is the coaches, no body', () => {
    const text = 'وأكد الجهاز الفني للمنتخب أن اللاعبين جاهزون للمباراة المقبلة رغم الإصابات.';
    expect(analysis(text).actors.some((a) => a.mentions.some((m) => m.surface.startsWith('الجهاز')))).toBe(false);
  });
  it('Ukraine\'s headquarters for prisoners of war', () => {
    const text = 'وبحسب مقر التنسيق لشؤون أسرى الحرب، عاد مئة وخمسون أسيرا أوكرانيا في عملية تبادل جديدة مع روسيا.';
    expect(mentionsOf(text, 'ukraine-pow-coordination-hq')).toEqual(['مقر التنسيق لشؤون أسرى الحرب']);
  });
  it('"التابع للأمم المتحدة" after a UN body names the UN too', () => {
    const text = 'ونبه برنامج الغذاء العالمي التابع للأمم المتحدة إلى أن "الجوع يهدد نصف سكان القطاع".';
    expect(mentionsOf(text, 'wfp')).toEqual(['برنامج الغذاء العالمي']);
    expect(mentionsOf(text, 'united-nations').length).toBe(1);
  });
});
