// Unseen-text patterns of issue 9 (a quote given to someone who did not say
// it): a cue joined on with "و" that opens its own statement, manner and time
// words after a verb that name nobody, a document's description taken for a
// name, and a person introduced after an opening phrase whom a bare verb goes
// on with. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { direct, speakerOf, unknownNames } from './support/speaking';

const LEAD = 'تجددت الاشتباكات في أنحاء متفرقة من البلاد صباح اليوم وسط تحذيرات أممية من كارثة إنسانية.\n\n';


describe('"…"، وقال: "…" — a cue joined on with و opens the next statement, it is not the quote-before\'s cue', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال الوسيط كريم نادر إن المحادثات صعبة. وحذر من أن "الهدنة قد تنهار في أي لحظة"، وقالت الوزيرة سلمى حداد: "نحن مستعدون للحوار".', 'الهدنة قد تنهار في أي لحظة', 'كريم نادر'],
    ['وقال الطبيب سامي عواد إن المستشفى مكتظ. وأكد أن "الأدوية نفدت منذ أيام"، وقال المدير هشام بركات: "طلبنا المساعدة من الجميع".', 'الأدوية نفدت منذ أيام', 'سامي عواد'],
    ['وقالت الناشطة ريم الخطيب إن الأهالي غاضبون. وأشارت إلى أن "الناس ينامون في العراء"، ودعا المحافظ ماهر سليم إلى "التحلي بالصبر حتى تصل الخيام".', 'الناس ينامون في العراء', 'ريم الخطيب'],
  ];
  for (const [sentence, quote, speaker] of cases) it(sentence.slice(0, 40), () => expect(speakerOf(LEAD + sentence, quote)).toBe(speaker));

  it('without و the cue after the quote still tells who said it', () => {
    const text = `${LEAD}"لن نغادر أرضنا مهما حدث"، قال المزارع خليل منصور وهو يشير إلى حقله.`;
    expect(speakerOf(text, 'لن نغادر أرضنا مهما حدث')).toBe('خليل منصور');
  });
});

describe('manner and time words after a verb name nobody', () => {
  const cases: Array<[string, string]> = [
    ['تجلس سعاد الحلبي أمام خيمتها. «نريد أن نعود قبل الشتاء»، تقول ضاحكة، ثم تصمت قليلا.', 'سعاد الحلبي'],
    ['يقف المعلم فادي جابر أمام الصف المهدم. «سنعلم الأطفال ولو تحت الشجر»، يقول مبتسما، ثم يعود إلى درسه.', 'فادي جابر'],
    ['تعمل الممرضة هدى سالم منذ الفجر. «لم ننم منذ يومين كاملين»، تقول متنهدة، ثم تعود إلى المرضى.', 'هدى سالم'],
  ];
  for (const [sentence, speaker] of cases) {
    it(sentence.slice(0, 40), () => {
      const text = LEAD + sentence;
      const [quote] = direct(text);
      expect(quote?.[1]).toBe(speaker);
    });
  }

  it('"الشهر الماضي" after a body is when it spoke, not part of its name', () => {
    const text = `${LEAD}وأعلنت شركة النقل البحري الوطنية الشهر الماضي أنها "ستعيد سفنها إلى المسار القديم تدريجيا".`;
    expect(unknownNames(text).some((n) => n.includes('الشهر'))).toBe(false);
  });
});

describe('"في خطاب متلفز"، "في كلمة افتتاح": what follows a document names no speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['وفي خطاب متلفز مساء أمس، قال زعيم الحركة عبد الله الأحمر إن "الحصار لن يكسر إرادتنا"، مضيفا: «سنصمد حتى النهاية مهما طال الزمن».', 'سنصمد حتى النهاية مهما طال الزمن', 'عبد الله الأحمر'],
    ['وفي كلمة افتتاح المؤتمر، قال رئيس الحزب عبد الكريم الساعدي إن "البلاد تحتاج إلى كل أبنائها"، مضيفا: «لا تنمية بلا سلام حقيقي».', 'لا تنمية بلا سلام حقيقي', 'عبد الكريم الساعدي'],
  ];
  for (const [sentence, quote, speaker] of cases) {
    it(sentence.slice(0, 40), () => {
      const text = LEAD + sentence;
      expect(speakerOf(text, quote)).toBe(speaker);
      expect(unknownNames(text).some((n) => /متلفز|افتتاح/.test(n))).toBe(false);
    });
  }
});

describe('a bare verb goes on with the person just introduced after an opening phrase, not an older speaker of its gender', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال الجيش في بيان إن قواته تقدمت على عدة محاور.\n\nفي طرف المخيم، يجلس الرجل يوسف عيسى أمام خيمته. يقول: "لم يبق لنا إلا الصبر والدعاء".', 'لم يبق لنا إلا الصبر والدعاء', 'يوسف عيسى'],
    ['وقال الوزير رامي حداد إن الحكومة ملتزمة بالاتفاق.\n\nوبين هذه المواقف، يتحرك الوسيط الدولي مارك بيترسون في كل اتجاه. ففي إحاطته الأخيرة، حذر من أن "الوقت ينفد أمام الجميع".', 'الوقت ينفد أمام الجميع', 'مارك بيترسون'],
  ];
  for (const [sentence, quote, speaker] of cases) it(sentence.slice(0, 40), () => expect(speakerOf(LEAD + sentence, quote)).toBe(speaker));
});

describe('"أما X، فقال" — the subject stands after أما, before the verb with ف', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال الوزير رامي حداد إن المعابر مفتوحة. أما الطبيب ناصر عيسى فقال إن "المرضى يموتون على الأبواب".', 'المرضى يموتون على الأبواب', 'ناصر عيسى'],
    ['وقالت وزارة الداخلية إن الوضع تحت السيطرة. أما شقيقتها، ريما الحسن، فتقول: "لم نسمع عنه شيئا منذ شهرين".', 'لم نسمع عنه شيئا منذ شهرين', 'ريما الحسن'],
    ['وأكد الجيش أن الطريق آمن. أما السائق وليد قاسم، وهو أب لخمسة أطفال، فيروي: "رأينا الدبابات على جانبي الطريق".', 'رأينا الدبابات على جانبي الطريق', 'وليد قاسم'],
    ['وقالت المفوضية إن آلاف الأسر عادت. أما والدته، منيرة سعيد، فقالت وهي تمسح دموعها: "انتظرته أربع سنوات كاملة".', 'انتظرته أربع سنوات كاملة', 'منيرة سعيد'],
    ['وقال المدرب الأول إن فريقه لعب جيدا. أما مدرب الضيوف، جورج مارتن، فاعترف بأن لاعبيه "لم يكونوا في يومهم أبدا".', 'لم يكونوا في يومهم أبدا', 'جورج مارتن'],
  ];
  for (const [sentence, quote, speaker] of cases) it(sentence.slice(0, 40), () => expect(speakerOf(LEAD + sentence, quote)).toBe(speaker));
});

describe('a first name or a surname alone is the person named with it earlier, not the last body of that gender', () => {
  const cases: Array<[string, string, string]> = [
    ['على بعد أمتار، تقف منار سويدان، وهي أرملة مزارع، أمام حقلها المحروق. وقالت الوزارة إنها ستعوض المتضررين. تقول منار: "لم يعوضنا أحد حتى الآن".', 'لم يعوضنا أحد حتى الآن', 'منار'],
    ['وأمام بوابة السجن، روى الأسير المحرر جهاد القواسمي (29 عاماً)، وهو عامل بناء، أنه اعتقل قبل عام. وأكدت الهيئة أنها وثقت شهادته. وقال القواسمي: "كانوا ينادوننا بالأرقام لا بالأسماء".', 'كانوا ينادوننا بالأرقام لا بالأسماء', 'القواسمي'],
    ['وقالت الممرضة سلوى الحايك إن المستشفى مكتظ. وأعلنت وزارة الصحة أنها سترسل الأدوية. تقول سلوى: "هذا آخر ما بقي من الدواء".', 'هذا آخر ما بقي من الدواء', 'سلوى'],
    ['وقال المهندس فراس العطار إن الشبكة دمرت. وأكدت البلدية أنها تعمل على إصلاحها. ويقول فراس: "نعمل بأيدينا فقط".', 'نعمل بأيدينا فقط', 'فراس'],
  ];
  for (const [sentence, quote, speaker] of cases) it(sentence.slice(0, 40), () => expect(speakerOf(LEAD + sentence, quote)).toBe(speaker));

  it('a title or a person noun alone is no name ("وقال الرجل:" carries over)', () => {
    const text = `${LEAD}وقال المزارع كريم الأحمد إن الموسم ضاع. وقال الرجل: "لم يبق لنا شيء".`;
    expect(speakerOf(text, 'لم يبق لنا شيء')).toBe('كريم الأحمد');
  });
});

describe('"في رد مكتوب" is a noun after a preposition, not the verb "رد"', () => {
  it('keeps the body named before it as the speaker', () => {
    const text = `${LEAD}وقال الأسير المحرر منير داود إنه عذب. وفي المقابل، قالت إدارة السجون في رد مكتوب إنها "تلتزم بالأنظمة المرعية".`;
    expect(speakerOf(text, 'تلتزم بالأنظمة المرعية')).toBe('إدارة السجون');
  });
});

describe('"وقالت لمراسلنا:" — whom the words were said to is no anonymous source; the verb goes on with its speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['وفي مدينة حمص، تابعت الأم سعاد الخطيب أخبار ابنها. وقالت لمراسلنا في اتصال قصير: "عيني لم تغمض منذ أيام".', 'عيني لم تغمض منذ أيام', 'سعاد الخطيب'],
    ['وقال المزارع حسن الزين إن الجفاف قضى على محصوله. وقال لمراسلنا: "لم أر مثل هذا الصيف في حياتي".', 'لم أر مثل هذا الصيف في حياتي', 'حسن الزين'],
  ];
  for (const [sentence, quote, speaker] of cases) it(sentence.slice(0, 40), () => expect(speakerOf(LEAD + sentence, quote)).toBe(speaker));
});
