// Words no person's name opens or holds, whichever rule reads them so: a plural
// noun in ات of a body's name ("بمركز دراسات الأمن"), ل on a common noun
// ("شركة لمواد البناء", "لبحث تداعيات"), a verb of being ("المدرسة صارت
// ملجأ"), a personal pronoun ("نحن"), an imperfect verb after a given name
// ("نادر يقترب"), an adjective in ى after a kunya ("أم خالد الكبرى"), ب on a
// common noun after a name ("X Y بنتيجة"). Names
// that look alike are still names. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions, personNames, unknownNames } from './support/speaking';

const lead = 'غزة - تواصل القصف الإسرائيلي على قطاع غزة وقالت حركة حماس إن الهدنة انهارت. ';

describe('no person made of these words', () => {
  it.each([
    ['وترى الباحثة في الشؤون التركية بمركز دراسات الشرق الأدنى أن أنقرة تراقب.', 'دراسات'],
    ['وقال كمال أوزتورك، ممثل شركة لمواد البناء قادمة من إسطنبول، إن الطلب كبير.', 'لمواد'],
    ['وأجرى الوزير اتصالا بنظيره المصري لبحث تداعيات القصف على المعبر.', 'لبحث'],
    ['تقول المعلمة: "المدرسة صارت مأوى للعائلات منذ الشتاء".', 'صارت'],
    ['وقال المذيع: "دكتور سامر، هل نحن أقرب إلى اتفاق؟" فأجاب: "نحن نقول منذ شهور إن الاتفاق بعيد".', 'نحن'],
    ['وفي الصورة يبدو نادر يقترب من السياج بحذر.', 'يقترب'],
    ['وجاءت منى، ابنة أم خالد الكبرى، إلى المدرسة رغم القصف.', 'الكبرى'],
    ['وفازت اللاعبة على الأوكرانية أولغا ماركيفيتش بنتيجة 6-4 و6-3 في ساعة واحدة.', 'بنتيجة'],
  ])('%s', (text, word) => {
    expect(unknownNames(lead + text).some((n) => n.includes(word))).toBe(false);
  });
});

describe('names that look alike are still names', () => {
  it.each([
    ['وكان رئيس النادي رينات ساغيتوف قد أعلن أن الفريق سيعود إلى ملعبه.', 'رينات ساغيتوف'],
    ['ويقول الخبير مراد يلماز إن أنقرة تراقب الوضع عن كثب.', 'مراد يلماز'],
    ['وتقدم الفريق عن طريق مهاجمه البرازيلي رودريغو فيريرا في الدقيقة العاشرة.', 'رودريغو فيريرا'],
    ['وتقول أم خالد الشوا، وهي أرملة في الأربعين، إن الخيمة لا تقي البرد.', 'أم خالد الشوا'],
  ])('%s', (text, name) => {
    expect(personNames(lead + text)).toContain(name);
  });
});

describe("a nisba surname after a definite noun is the noun's adjective", () => {
  const text = 'أما سمير رضوان الدمشقي، وهو صاحب ورشة نسيج، فجاء إلى المعرض مبكرا. وفي الجناح المجاور يعرض الحرفيون الزجاج الدمشقي والصابون النابلسي.';
  it('names the person where it is his name, not after "الزجاج"', () => {
    expect(personMentions(text)).toEqual([['سمير رضوان الدمشقي']]);
  });
});
