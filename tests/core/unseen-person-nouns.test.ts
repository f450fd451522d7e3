// Persons the gazetteer lacks, introduced by a noun for an ordinary person
// (data/given-names.json personNouns) with its adjectives, whatever their given
// name; names closed by an age in brackets or a role in apposition; words
// printed with tanween are no names. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { unknownNames } from './support/speaking';
import { unknownPersons } from './support/persons';

describe('a person noun and its adjectives are followed by the name of the one it describes', () => {
  const cases: Array<[string, string]> = [
    ['ويقول المشجع حمدان الصبري إن المدرجات امتلأت قبل المباراة بساعتين.', 'حمدان الصبري'],
    ['وروت الأسيرة المحررة سوسن الشيخلي تفاصيل الأشهر التي قضتها في السجن.', 'سوسن الشيخلي'],
    ['وكتب الناقد الموسيقي اللبناني جورج طربيه أن الألبوم مفاجئ.', 'جورج طربيه'],
    ['وتقول الطالبة الجامعية الأرمنية آني غريغوريان إن الامتحانات تأجلت.', 'آني غريغوريان'],
    ['وأكد المعتقل المفرج عنه زهير القواسمي أن التحقيق استمر أسابيع.', 'زهير القواسمي'],
    ['وقالت المعتقلة السابقة دلال شحادة إن الزنازين مكتظة.', 'دلال شحادة'],
    ['ويروي الصياد غانم الحضرمي كيف غرق قاربه قرب الشاطئ.', 'غانم الحضرمي'],
    ['ويقول اللاجئ السوري مازن قطان إنه ينتظر العودة منذ سنوات.', 'مازن قطان'],
    ['وفاز الملاكم الأوزبكي بهروز رحيموف بالميدالية الذهبية.', 'بهروز رحيموف'],
  ];
  for (const [sentence, name] of cases) {
    it(sentence.slice(0, 36), () => expect(unknownNames(sentence)).toContain(name));
  }

  it('a person noun followed by common nouns names no one', () => {
    for (const sentence of [
      'وقالت الطفلة إنها تقرأ في المدرسة قصصاً قصيرة كل مساء.',
      'وعاد المعتقل الجريح إلى بيته بعد أشهر من الغياب.',
      'وتحدث الطالب المتفوق عن حلمه بدراسة الطب في الخارج.',
    ]) {
      expect(unknownNames(sentence), sentence).toEqual([]);
    }
  });
});

describe('a name ends before an age in brackets or a role in apposition', () => {
  const cases: Array<[string, string]> = [
    ['يقول المزارع فواز الدليمي (52 عاماً) إن الأرض لم تعد تنتج.', 'فواز الدليمي'],
    ['وقالت الممرضة هنادي السقا (29 عاما): "نعمل بلا توقف".', 'هنادي السقا'],
    ['وتقدم الإيطالي لورنزو بيانكي سائق الفريق الأحمر في اللفة الأخيرة.', 'لورنزو بيانكي'],
    ['وقال الطبيب عماد فرحات مدير المستشفى إن الوقود نفد.', 'عماد فرحات'],
  ];
  for (const [sentence, name] of cases) {
    it(sentence.slice(0, 36), () => expect(unknownNames(sentence)).toContain(name));
  }
});

describe('a person noun that describes the word before it introduces no one', () => {
  it('after a definite noun it is an adjective', () => {
    for (const sentence of [
      'وفاز النادي الأهلي الليبي بثلاثة أهداف مقابل هدف في الجولة الثالثة.',
      'وعاد الجندي الجريح إلى وحدته بعد شهرين من العلاج.',
      'وانتصر الفريق الضيف بهدفين مقابل هدف على أرضه.',
    ]) {
      expect(unknownNames(sentence), sentence).toEqual([]);
    }
  });
});

describe("a person noun's plural before its complement is no first name", () => {
  it('"مزارعي الشمال", "معلمي الريف" name no one, and the complement runs on to the name', () => {
    for (const sentence of [
      'وقال رئيس نقابة معلمي الريف إن الرواتب متأخرة منذ شهرين.',
      'وطالب مئات من موظفي البلدية بصرف رواتبهم المتأخرة.',
    ]) {
      expect(unknownPersons(sentence), sentence).toEqual([]);
    }
    expect(unknownNames('وقال رئيس رابطة مزارعي الشمال الإيطالي جوفاني روسي إن المحصول تراجع.')).toContain('جوفاني روسي');
  });
});

describe('a foreign first name shaped like an imperfect verb, in a two-word name after a title', () => {
  const cases: Array<[string, string]> = [
    ['وقالت الباحثة في الجامعة، الدكتورة نوفا شتاين، إن النتائج مهمة.', 'نوفا شتاين'],
    ['وتقول الطالبة الأذربيجانية نيغار ممادوفا إن المدينة تغيرت.', 'نيغار ممادوفا'],
    ['وقالت المخرجة التشيكية تيريزا نوفاك إن الفيلم صور في الشتاء.', 'تيريزا نوفاك'],
  ];
  for (const [sentence, name] of cases) {
    it(sentence.slice(0, 36), () => expect(unknownNames(sentence)).toContain(name));
  }

  it('a verb after a title is no name', () => {
    for (const sentence of [
      'وقال المتحدث العسكري يوجد نقص كبير في الذخيرة.',
      'وأعلن مدير الشركة ناشئة متخصصة في البرمجيات.',
      'وقال الوزير يطالب بوقف الحرب فورا.',
    ]) {
      expect(unknownPersons(sentence), sentence).toEqual([]);
    }
  });
});

describe('words that look like a name but are a verb, an adjective or a quantifier', () => {
  it('a given name after "لم"/"لن" is a verb; a word printed with tanween ends no family name', () => {
    for (const sentence of [
      'وقالت الجدة إنها لم أنس شيئا من تلك الأيام.',
      'وأضاف أنه لن يزيد الأسعار هذا العام.',
    ]) {
      expect(unknownPersons(sentence), sentence).toEqual([]);
    }
  });

  it('a nisba adjective after an indefinite body head belongs to the body; the name follows the comma', () => {
    expect(unknownPersons('أما الخبيرة في شؤون الطاقة لدى مؤسسة بحثية ألمانية، رنا الحداد، فتعتقد أن الأسعار سترتفع.')).toEqual(['رنا الحداد']);
    expect(unknownPersons('وقال الباحث في مركز دراسات إقليمي، كمال الريس، إن الهدنة هشة.')).toEqual(['كمال الريس']);
  });

  it('a quantifier after a role is no name ("لبضعة أشهر")', () => {
    expect(unknownPersons('وشغل منصب وزير الدولة في الحكومة لبضعة أسابيع قبل استقالته.')).toEqual([]);
  });
});
