// Who speaks when the verb names no one: "كما رحبت X بـ…، وكتبت:" (a word
// before the clause's verb), "تحدثت إلى X، فقالت لي:" (said to the writer: the
// person the writer spoke to), and a spokesman of a body the lists lack
// ("المتحدث باسم محور …"), whose "باسم" is no given name. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { itSaysWho, personNames } from './support/speaking';

describe('a word before the clause verb leaves its subject the speaker ("كما رحبت X …، وكتبت:")', () => {
  itSaysWho([
    ['وأبدت موسكو ارتياحها للنتائج على لسان ناطقتها ماريا زاخاروفا. كما رحبت المفوضة الأوروبية هيلينا دالي بما تحقق، وكتبت في تدوينة قصيرة: "خطوة شجاعة نحو سلام طويل".', 'خطوة شجاعة نحو سلام طويل', 'هيلينا دالي'],
    ['وأعلنت أنقرة دعمها للاتفاق في بيان مقتضب. ثم انتقد الوزير الإيراني عباس عراقجي الوساطة الغربية، وقال للصحفيين: "لا نثق بوعود لا تنفذ".', 'لا نثق بوعود لا تنفذ', 'عباس عراقجي'],
    ['وتحدثت المنسقة الأممية نادية حسن عن نقص الأدوية. كما زارت الطبيبة ريم صالح الدباغ المستشفى الميداني، وقالت: "نعمل بلا كهرباء منذ أسبوع".', 'نعمل بلا كهرباء منذ أسبوع', 'ريم صالح الدباغ'],
  ]);
});

describe('a verb said to the writer goes with the one the writer spoke to ("تحدثت إلى X، فقالت لي:")', () => {
  const lead = 'المذيعة: معنا من خاركيف الزميلة سلوى فريد الحاج. سلوى، ماذا ترين؟\n\nالمراسلة سلوى فريد الحاج: الشوارع هادئة الآن والناس يخرجون ببطء. ';
  itSaysWho(
    [
      ['تحدثت إلى السيدة أولغا ميلنيك، وهي ممرضة في مستشفى المدينة، فقالت لي: "لم ننم منذ ثلاث ليال".', 'لم ننم منذ ثلاث ليال', 'أولغا ميلنيك'],
      ['التقيت الجدة تمارا كوزاك، وهي أرملة في الثمانين، فقالت لي وهي تبكي: "بيتي صار رمادا".', 'بيتي صار رمادا', 'تمارا كوزاك'],
      ['وسألت المعلمة نينا بوندار عن المدرسة، فقالت لنا: "نعلم الأطفال في القبو منذ عامين".', 'نعلم الأطفال في القبو منذ عامين', 'نينا بوندار'],
    ],
    lead,
  );

  it('without "لي" the writer\'s own verb still gives the sentence its subject', () => {
    const text = `${lead}تحدثت إلى السيدة أولغا ميلنيك، ثم قالت: "الوضع صعب على الجميع هنا".`;
    expect(personNames(text)).toContain('أولغا ميلنيك');
  });
});

describe('"باسم" after a spokesman opens a body the lists lack, no given name', () => {
  it.each([
    ['وقال المتحدث باسم محور الساحل العسكري إن القوات صدت هجوما ليليا.', 'محور'],
    ['وقالت الناطقة باسم تجمع المزارعين الأحرار إن الحصاد تأخر شهرا.', 'تجمع'],
    ['وأعلن المتحدث باسم فصيل الشمال المسلح أن مقاتليه انسحبوا من القرية.', 'فصيل'],
  ])('%s', (text, word) => {
    expect(personNames(text).some((n) => n.includes(word) || n.startsWith('باسم'))).toBe(false);
  });

  it('a spokesman named Basem is still a person', () => {
    expect(personNames('وقال الناطق باسم الحركة باسل سمير عودة إن الوفد غادر القاهرة.')).toContain('باسل سمير عودة');
  });
});
