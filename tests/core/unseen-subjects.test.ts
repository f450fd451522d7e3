// Unseen-text patterns of issue 9 (wrong speaker when several actors are named
// around a quote): a participle's object, a title right before a person's name,
// names inside a quote, and whom a statement was given to. Every sentence is
// our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'تجددت الاشتباكات في أنحاء متفرقة من البلاد صباح اليوم وسط تحذيرات أممية من كارثة إنسانية.\n\n';

describe('an actor named right after a participle is its object, not the speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال يائير لابيد إن الحكومة "فشلت في حماية الحدود الشمالية"، داعيا الجيش الإسرائيلي إلى مراجعة خططه.', 'فشلت في حماية الحدود الشمالية', 'يائير لابيد'],
    ['وقالت ماريا زاخاروفا إن العقوبات "لن تغير سياسة موسكو"، مطالبة الاتحاد الأوروبي بمراجعة موقفه.', 'لن تغير سياسة موسكو', 'ماريا زاخاروفا'],
    ['وأكد أنطونيو غوتيريش أن "المدنيين يدفعون ثمن هذه الحرب"، داعيا قوات الدعم السريع إلى فتح الممرات.', 'المدنيين يدفعون ثمن هذه الحرب', 'أنطونيو غوتيريش'],
    ['وقال عبد الملك الحوثي إن "العمليات البحرية مستمرة حتى رفع الحصار"، محذرا الولايات المتحدة من التصعيد.', 'العمليات البحرية مستمرة حتى رفع الحصار', 'عبد الملك الحوثي'],
  ];
  for (const [sentence, quote, speaker] of cases) {
    it(sentence.slice(0, 36), () => expect(direct(LEAD + sentence)).toEqual([[quote, speaker]]));
  }

  it('a perfect verb with an object pronoun ("اعتبرته") is no participle: the actor after it speaks', () => {
    const text = `${LEAD}وشنت القوات الإسرائيلية غارات على ريف دمشق، وهو ما اعتبرته الحكومة السورية "اعتداء صارخا على السيادة الوطنية".`;
    expect(direct(text)).toEqual([['اعتداء صارخا على السيادة الوطنية', 'الحكومة السورية']]);
  });
});

describe('a person named right after a title is the speaker, not the title\'s complement', () => {
  const cases: Array<[string, string, string]> = [
    ['وفي كلمة متلفزة، قال الرئيس إلهام علييف إن بلاده "استعادت أراضيها كاملة"، مضيفا أن الجيش "أدى مهامه بنجاح وفي وقت قياسي".', 'أدى مهامه بنجاح وفي وقت قياسي', 'إلهام علييف'],
    ['وقال الرئيس فولوديمير زيلينسكي: "نحتاج إلى مزيد من الدفاعات الجوية قبل الشتاء".', 'نحتاج إلى مزيد من الدفاعات الجوية قبل الشتاء', 'فولوديمير زيلينسكي'],
    ['وقال مستشار الرئيس فولوديمير زيلينسكي للصحفيين: "المفاوضات متوقفة تماما الآن".', 'المفاوضات متوقفة تماما الآن', null as unknown as string],
  ];
  for (const [sentence, quote, speaker] of cases) {
    it(sentence.slice(0, 36), () => {
      const found = direct(LEAD + sentence).find(([q]) => q === quote);
      expect(found).toEqual([quote, speaker]);
    });
  }
});

describe('a name inside a quote introduces no new speaker', () => {
  it('"وأضاف" after a quote naming another person goes on with the one who spoke', () => {
    const text = `${LEAD}وقال الرئيس فولوديمير زيلينسكي: "كل ليلة يثبت بوتين أنه لا يريد السلام". وأضاف أن الحلفاء "مطالبون بالتحرك سريعا قبل فوات الأوان".`;
    expect(direct(text)).toEqual([
      ['كل ليلة يثبت بوتين أنه لا يريد السلام', 'فولوديمير زيلينسكي'],
      ['مطالبون بالتحرك سريعا قبل فوات الأوان', 'فولوديمير زيلينسكي'],
    ]);
  });

  it('the same with a speaker the gazetteer lacks', () => {
    const text = `${LEAD}وقال المتحدث باسم الدفاع المدني رامز الخالدي: "يقول نتنياهو إن المنطقة آمنة، وهذا كذب". وأضاف: «انتشلنا عشرين جثة من تحت الركام».`;
    expect(direct(text)).toEqual([
      ['يقول نتنياهو إن المنطقة آمنة، وهذا كذب', 'رامز الخالدي'],
      ['انتشلنا عشرين جثة من تحت الركام', 'رامز الخالدي'],
    ]);
  });
});

describe('whom a statement was given to is no speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال محافظ حلب سامي الراشد، في تصريح لمراسلنا، إن “القصف دمر نصف الأحياء الشرقية”.', 'القصف دمر نصف الأحياء الشرقية', 'سامي الراشد'],
    ['وقالت مديرة المستشفى هالة الصباغ، في حديث لمراسلة الوكالة، إن "الوقود يكفي ليومين فقط".', 'الوقود يكفي ليومين فقط', 'هالة الصباغ'],
  ];
  for (const [sentence, quote, speaker] of cases) {
    it(sentence.slice(0, 36), () => expect(direct(LEAD + sentence)).toEqual([[quote, speaker]]));
  }

  it('an anonymous source is still nobody', () => {
    const text = `${LEAD}وقال مصدر عسكري لمراسلنا إن "الهجوم بدأ فجرا من ثلاثة محاور".`;
    expect(direct(text)).toEqual([['الهجوم بدأ فجرا من ثلاثة محاور', null]]);
  });
});
