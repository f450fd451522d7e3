// A verb joined on with "و" right after a closing quotation mark, with no
// comma, goes on with the sentence that holds the quote ('وأضاف أن بلاده "…"
// وتطالب بـ…'): its subject is the reported clause's, not the quote's speaker.
// With a comma it may still say who spoke. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './support/speaking';

describe("a verb that goes on with the quote's sentence names no speaker", () => {
  it.each([
    ['وأعلنت منظمة الصحة العالمية وصول شحنة لقاحات. ونشر أندريه سيبيها، وزير خارجية أوكرانيا، رسالة قصيرة: "نشكر كل الشركاء". وأضاف أن أوكرانيا "ملتزمة بالهدنة كاملة" وتطالب بمراقبين دوليين.', 'ملتزمة بالهدنة كاملة', 'أندريه سيبيها'],
    ['وقالت الأمم المتحدة إن القوافل توقفت. وقال بدر عبد العاطي، وزير خارجية مصر، إن بلاده "لن تقبل بأي تهجير للفلسطينيين من أرضهم" وتواصل اتصالاتها مع الوسطاء.', 'لن تقبل بأي تهجير للفلسطينيين من أرضهم', 'بدر عبد العاطي'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });

  it('a verb after a comma still tells who spoke', () => {
    const text = 'تتواصل الاشتباكات قرب المدينة. "لن نترك مواقعنا مهما طال القصف"، وقالت القوات الأوكرانية ذلك في بيان.';
    expect(speakerOf(text, 'لن نترك مواقعنا مهما طال القصف')).toBe('القوات الأوكرانية');
  });
});
