// Unseen-text pattern of issue 9: a person the gazetteer lacks, introduced by a
// description (a role, definite adjectives, the body they work for) right after
// the speech verb. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { direct, unknownNames } from './support/speaking';

const LEAD = 'تواصلت المعارك في محيط المدينة لليوم الثالث وسط نزوح مئات العائلات نحو الريف.\n\n';

describe('a description then a name the gazetteer lacks: that name speaks', () => {
  const cases: Array<[string, string, string]> = [
    ['يقول البائع المتجول دريد الصافي (31 عاما): "لم أبع شيئا منذ الصباح الباكر".', 'لم أبع شيئا منذ الصباح الباكر', 'دريد الصافي'],
    ['وتقول الجدة خيرية ملحم (80 عاما): "رأيت حروبا كثيرة لكن ليس مثل هذه".', 'رأيت حروبا كثيرة لكن ليس مثل هذه', 'خيرية ملحم'],
    ['ويقول المصدّر وسام قطان، صاحب مصنع للصابون، إن "الشحن صار أغلى من البضاعة نفسها".', 'الشحن صار أغلى من البضاعة نفسها', 'وسام قطان'],
    ['وقالت المدافعة عن حقوق اللاجئين في لبنان، ريتا خوري، إن مكتبها "لا يتلقى أي رد من السلطات".', 'لا يتلقى أي رد من السلطات', 'ريتا خوري'],
    ['وقال الباحث في إحدى مؤسسات الرصد، وليد خشان، إن "الأرقام أعلى بكثير مما يعلن".', 'الأرقام أعلى بكثير مما يعلن', 'وليد خشان'],
    ['وأعلن رئيس لجنة المسابقة، الموسيقار التونسي رؤوف بن عمر، اسم الفائز، وقال: "اللحن يحمل روح البحر كله".', 'اللحن يحمل روح البحر كله', 'رؤوف بن عمر'],
    ['ويقول المحاسب المتقاعد جورج حداد، الذي يقف في الطابور منذ الفجر: "الراتب لا يكفي أسبوعا واحدا".', 'الراتب لا يكفي أسبوعا واحدا', 'جورج حداد'],
  ];
  for (const [sentence, quote, speaker] of cases) {
    it(sentence.slice(0, 40), () => expect(direct(LEAD + sentence)).toEqual([[quote, speaker]]));
  }

  it('the person joins the actors', () => {
    expect(unknownNames(LEAD + cases[6]![0])).toContain('جورج حداد');
  });
});

describe('what is not a name after a description', () => {
  it('an indefinite source with its adjectives stays anonymous', () => {
    expect(direct(`${LEAD}وقال خبير اقتصادي سوداني، طلب عدم ذكر اسمه: "الجنيه سيواصل الهبوط هذا الشهر".`)).toEqual([['الجنيه سيواصل الهبوط هذا الشهر', null]]);
  });

  it('the complement of a linker is the field, the name follows it', () => {
    const text = `${LEAD}ويقول المتخصص في أسواق الوقود، المهندس نادر عيسى، إن الأسعار "سترتفع مع أول موجة برد".`;
    expect(direct(text)).toEqual([['سترتفع مع أول موجة برد', 'نادر عيسى']]);
  });

  it('a quoted body name in the description is not the speaker', () => {
    const text = `${LEAD}وقالت الناشطة في جمعية "درب الأمل" سوزان بيطار إن "المساعدات لا تصل إلى القرى البعيدة".`;
    expect(direct(text)).toEqual([['المساعدات لا تصل إلى القرى البعيدة', 'سوزان بيطار']]);
  });

  it('a verb\'s object after a body is no name', () => {
    const text = `${LEAD}وأكدت الهيئة الوطنية للإغاثة وصول قوافل جديدة، وقالت في بيان: "وزعنا ثلاثة آلاف سلة غذائية".`;
    expect(direct(text)[0]![1]).not.toBe('قوافل جديدة');
  });
});

describe('a relative clause closes the description', () => {
  it('a kin word, a kunya, then a relative clause: the kunya speaks, not the clause', () => {
    const text = `${LEAD}يقول جارهم أبو خليل، الذي فقد ولدين في الحرب: "لم يبق لنا هنا أحد نتكئ عليه".`;
    expect(direct(text)).toEqual([['لم يبق لنا هنا أحد نتكئ عليه', 'أبو خليل']]);
  });

  it('a professor of a field: the field is no name', () => {
    const text = `${LEAD}وقال أستاذ طب الأطفال في جامعة الخرطوم، الدكتور عثمان الطيب، إن "الحصبة عادت إلى المخيمات بقوة".`;
    expect(direct(text)).toEqual([['الحصبة عادت إلى المخيمات بقوة', 'عثمان الطيب']]);
  });
});

describe('more descriptions: an honorific before a name that looks like a word, a clause before the verb, a quoted firm', () => {
  it('after an honorific the first name may look like a common word', () => {
    const text = `${LEAD}وقالت الباحثة المشاركة في المشروع، الدكتورة نوعا شتاينر، إن العينات "تكشف تلوثا أوسع مما توقعنا".`;
    expect(direct(text)).toEqual([['تكشف تلوثا أوسع مما توقعنا', 'نوعا شتاينر']]);
  });

  it('a clause whose description leads to the name gives the later verb its subject', () => {
    const text = `${LEAD}وأشادت الرسامة السورية ميادة كحالة بالمعرض، وكتبت على صفحتها: "لوحات تستحق أن تسافر إلى كل المدن".`;
    expect(direct(text)).toEqual([['لوحات تستحق أن تسافر إلى كل المدن', 'ميادة كحالة']]);
  });

  it('a quoted company in the description is not the speaker', () => {
    const text = `${LEAD}ويقول المستشار في مكتب "نورث بريدج" للدراسات، مارك هيلر، إن الطلب على القمح "سيرتفع بقوة مع الشتاء المقبل".`;
    expect(direct(text)).toEqual([['سيرتفع بقوة مع الشتاء المقبل', 'مارك هيلر']]);
  });
});
