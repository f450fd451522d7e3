// Unseen-text pattern of issue 9: a quote split around a narrative sentence in
// one paragraph ('"..."، قال X، وهو سائق. "..."') goes on with its speaker,
// unless someone else is named or speaks between. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'شهدت المدينة ليلة أخرى من القصف المتقطع وانقطاع الكهرباء عن معظم الأحياء.\n\n';

const speakerOf = (text: string, quote: string) => direct(LEAD + text).find(([q]) => q === quote)?.[1];

describe('a sentence-opening quote goes on with the quote before it in the paragraph', () => {
  const cases: Array<[string, string, string]> = [
    ['"بعت سيارتي لأشتري الدواء"، قال عماد الحسيني، وهو موظف متقاعد في الستين. "لم يبق عندي ما أبيعه بعد الآن".', 'لم يبق عندي ما أبيعه بعد الآن', 'عماد الحسيني'],
    ['وقالت المعلمة هدى السعدي: "نصف الطلاب لم يعودوا إلى الصفوف". وتشير إلى المقاعد الفارغة خلفها. "بعضهم نزح وبعضهم يعمل ليعيل أهله".', 'بعضهم نزح وبعضهم يعمل ليعيل أهله', 'هدى السعدي'],
    ['"الماء مقطوع منذ أسبوع"، يقول المزارع جميل الخطيب. ثم يرفع دلوه الفارغ. "نشتري الصهريج بنصف ما نكسبه".', 'نشتري الصهريج بنصف ما نكسبه', 'جميل الخطيب'],
  ];
  for (const [text, quote, speaker] of cases) it(text.slice(0, 40), () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('another voice between the two quotes takes the floor', () => {
  it('someone named in the quote\'s own sentence is not the previous speaker', () => {
    const text = 'وقال فولوديمير زيلينسكي: "سنعيد بناء كل مدينة دمرت". غير أن المزارع العجوز نيكولاي يلخص الأمر بطريقته: "لم يبق لنا شيء نعيد بناءه هنا".';
    expect(speakerOf(text, 'لم يبق لنا شيء نعيد بناءه هنا')).not.toBe('فولوديمير زيلينسكي');
  });

  it('a speaker who speaks between the quotes is not skipped', () => {
    const text = '"الطريق مغلق منذ أيام"، قال السائق كمال عيسى. وقالت وزارة النقل إن الطريق سيفتح قريبا. "ننتظر في الشاحنات بلا طعام".';
    expect(speakerOf(text, 'ننتظر في الشاحنات بلا طعام')).not.toBe('كمال عيسى');
  });
});
