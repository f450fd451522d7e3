// What follows a given name decides whether it is a person's family name: a
// connector after the father's name goes on with it ("يوسف أبو X"), a short
// imperfect verb ("سلوى تحب") or an adjective in ة ("أسماء جديدة") does not. A
// name spelled with madda ("آنا") is no pronoun ("أنا") where it is printed so,
// and a quotation mark after a nationality opens words, no name. Texts of our
// own writing.
import { describe, expect, it } from 'vitest';
import { personNames, unknownNames } from './support/speaking';

describe('a connector after the father goes on with the family name', () => {
  it.each([
    ['وسجل لاعب الوسط ابن مدينة رفح سامر خليل أبو شمالة الهدف الثاني قبل نهاية الشوط.', 'سامر خليل أبو شمالة'],
    ['وتقول الطالبة ريم يوسف أبو طه إن الامتحانات أجلت مرتين.', 'ريم يوسف أبو طه'],
    ['ويدفع حسين سالم أبو عودة عربته نحو السوق كل صباح.', 'حسين سالم أبو عودة'],
  ])('%s', (text, name) => {
    expect(personNames(text)).toContain(name);
    expect(unknownNames(text).some((n) => / أبو$/.test(n))).toBe(false);
  });
});

describe('a given name printed with madda is no pronoun', () => {
  it.each([
    ['وتحتفظ آنا ميناسيان بصور بيتها القديم في علبة خشبية.', 'آنا ميناسيان'],
    ['في غرفة ضيقة بالطابق الثالث تجلس آنا هاكوبيان قرب النافذة وتخيط ثوبا.', 'آنا هاكوبيان'],
  ])('%s', (text, name) => {
    expect(personNames(text)).toContain(name);
  });

  it.each([
    ['"أنا متعب من الانتظار"، قال الرجل وهو يجلس على الرصيف.'],
    ['وقال: "أنا مقتنع بأن الحل سياسي".'],
  ])('%s', (text) => {
    expect(unknownNames(text).some((n) => n.startsWith('أنا'))).toBe(false);
  });
});

describe('no family name that is a verb or an adjective', () => {
  it.each([
    ['وفي الجناح المجاور، ليان تتعافى الآن من سوء التغذية بعد أسبوعين من العلاج.', 'تتعافى'],
    ['ويقول والدها إن سلوى تحب الرسم وتحلم بأن تصبح معلمة.', 'تحب'],
    ['وأمام الخيمة، ريما تتحدث إلى جاراتها عن الطحين.', 'تتحدث'],
    ['وقالت الوزارة إن الطرف الآخر يضيف أسماء جديدة إلى القوائم في كل جولة.', 'جديدة'],
    ['وأضاف التقرير أسماء كثيرة إلى القائمة السوداء.', 'كثيرة'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((n) => n.includes(word))).toBe(false);
  });
});

describe('a quotation mark after a nationality opens words, no name', () => {
  it.each([
    ['ويرى أن الخط الحديدي عبر وادي زنكي الأرميني "سيقلب حسابات الجميع" في المنطقة.', 'سيقلب'],
    ['وتقول إن المعبر الحدودي التركي «يغلق أبوابه عند الغروب» منذ أسابيع.', 'يغلق'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((n) => n.includes(word))).toBe(false);
  });
});
