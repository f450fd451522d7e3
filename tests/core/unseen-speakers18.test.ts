// Speakers and quotes of unseen text (issue 9, blind27): an outlet's name in quotation marks after an interview
// noun ("في حوار مع «…»"), even before "قال"; someone named by "اسمه" after where they come from; a person
// named just before a present verb and ", وقال:" in the same sentence; a description in construct with a noun
// for a person's trade ("مصممة الرقصات"); a bank named before as "البنك". Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const analysis = (text: string) => analyze(text, { stopEarly: false });
/** The quotes' texts, direct ones only. */
const directQuotes = (text: string): string[] => analysis(text).quotes.filter((q) => q.kind === 'direct').map((q) => text.slice(q.start, q.end));
/** The name of the speaker of the quote that starts with `words`. */
const speakerOf = (text: string, words: string): string | null => {
  const quote = analysis(text).quotes.find((q) => text.slice(q.start, q.end).startsWith(words));
  return quote?.speaker?.name ?? null;
};

describe('an outlet named after an interview noun is no quote', () => {
  const cases: Array<[string, string]> = [
    ['وفي حوار مع "الأفق الجديد"، قال وزير الخارجية الأردني أيمن الصفدي إن الحل "يبدأ بوقف الحرب فورا".', 'الأفق الجديد'],
    ['وفي مقابلة مع «صوت المدينة»، قال الباحث سمير حداد إن الهدنة "لن تصمد طويلا دون ضمانات".', 'صوت المدينة'],
    ['وقالت الناشطة ريم عيسى في حديث لـ"نبض الشارع" إن المعابر "مغلقة منذ أسابيع أمام الجميع".', 'نبض الشارع'],
    ['وفي لقاء مع "المرصد اليومي"، أكد المتحدث أن القوات "ستبقى في مواقعها حتى إشعار آخر".', 'المرصد اليومي'],
  ];
  for (const [text, outlet] of cases) {
    it(outlet, () => {
      const quotes = directQuotes(text);
      expect(quotes).not.toContain(outlet);
      expect(quotes.length).toBeGreaterThan(0);
    });
  }
  it('words of four or more after "مع" with a speech verb of their own stay a quote', () => {
    expect(directQuotes('واتفق الوزير مع "ضرورة فتح المعابر أمام المساعدات"، وقال إن الوقت ينفد.')).toContain('ضرورة فتح المعابر أمام المساعدات');
  });
});

describe('someone named by "اسمه" after where they come from speaks', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال الوزير كريم داود إن المعبر مغلق. ويكتب لي صديق من حلب اسمه نزار الشامي، وهو طبيب: "المستشفى يعمل بمولد واحد منذ شهر".', 'المستشفى يعمل', 'نزار الشامي'],
    ['وقالت الوزيرة هالة سعيد إن الخطة جاهزة. وتروي امرأة من دير البلح اسمها سعاد النحال، وهي أم لخمسة: "ننام في الخيمة بثيابنا كل ليلة".', 'ننام في الخيمة', 'سعاد النحال'],
    ['وقال المتحدث باسم الجيش إن الوضع هادئ. وقال لنا شاب في الخرطوم اسمه معتز الطيب: "لم نر الكهرباء منذ أسبوعين كاملين".', 'لم نر الكهرباء', 'معتز الطيب'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('a person named just before a present verb, then ", وقال:", is who speaks', () => {
  const cases: Array<[string, string, string]> = [
    ['ونقلت وسائل إعلام عن مصدر أمني قوله إن "الطريق مغلق". وقالت سلمى داود: "ننتظر منذ الفجر". وإلى جانبها كان جارها فادي منصور يحمل حقيبة صغيرة، وقال: "ننتظر هنا منذ الصباح بلا ماء".', 'ننتظر هنا', 'فادي منصور'],
    ['وقال مسؤول رفض ذكر اسمه إن "الإمدادات تأخرت". وإلى جوار المخبز وقف أخوها عمر عواد ينتظر دوره، وقال: "لم يبق في البيت شيء نأكله".', 'لم يبق في البيت', 'عمر عواد'],
    ['وقالت مصادر محلية إن "القصف توقف". وقال جندي رفض ذكر اسمه إن "الهدنة هشة". وعلى الرصيف جلس الصياد منير حمدان يصلح شباكه، وقال: "البحر مغلق علينا منذ شهرين".', 'البحر مغلق', 'منير حمدان'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('a lawyer named with a pronoun ("محاميه") then the name', () => {
  it('محاميه', () => {
    const text = 'ووصل الوزير السابق إلى قاعة المحكمة صباح الاثنين. وقال محاميه يوآف زيلبر للصحافيين: "سنطعن في الحكم أمام المحكمة العليا".';
    expect(speakerOf(text, 'سنطعن في الحكم')).toBe('يوآف زيلبر');
  });
  it('محاميتها', () => {
    const text = 'ومثلت الناشطة أمام القاضي للمرة الثالثة. وقالت محاميتها رنا صفدي: "موكلتي لم ترتكب أي جرم يعاقب عليه القانون".';
    expect(speakerOf(text, 'موكلتي لم ترتكب')).toBe('رنا صفدي');
  });
});

describe('a description in construct with a noun for a trade, then the name', () => {
  const cases: Array<[string, string, string]> = [
    ['وقالت مصممة الأزياء اللبنانية رنا خوري، وهي تعمل في باريس منذ سنوات: "كل قطعة هنا تحكي قصة حي هدمته الحرب".', 'كل قطعة هنا', 'رنا خوري'],
    ['وقال مصور الوكالة السوري باسل العمر، الذي غطى المعارك عشر سنوات: "لم أر دمارا كهذا من قبل في أي مدينة".', 'لم أر دمارا', 'باسل العمر'],
    ['وقالت مخرجة الفيلم الأردنية دينا الساكت: "أردنا أن نروي ما لم تنقله نشرات الأخبار".', 'أردنا أن نروي', 'دينا الساكت'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('a relative clause\'s pronoun between the verb and its subject ("فيه", "عليه")', () => {
  it('في وقت توعد فيه X', () => {
    const text = 'قتل عشرة أشخاص في غارة على المخيم، في وقت توعد فيه وزير الدفاع يوسف الخطيب بمواصلة العمليات "حتى آخر مسلح في المنطقة".';
    expect(speakerOf(text, 'حتى آخر مسلح')).toBe("يوسف الخطيب");
  });
  it('وهو ما رد عليه X', () => {
    const text = 'وقالت النيابة إن الأدلة كافية، وهو ما رد عليه المحامي سامي دهان: "الاتهامات باطلة وسنثبت ذلك أمام القضاء".';
    expect(speakerOf(text, 'الاتهامات باطلة')).toBe('سامي دهان');
  });
  it('after a document, the name after "فيه" is the object: the issuer speaks', () => {
    const text = 'وأصدرت وزارة الخارجية الأردنية بيانا دعت فيه إسرائيل إلى "وقف التصعيد فورا في الضفة الغربية".';
    expect(speakerOf(text, 'وقف التصعيد')).toBe('وزارة الخارجية الأردنية');
  });
});

describe('after a full stop, "كما أعلنت X" opens a statement of its own, no cue of the quote before', () => {
  it('the quote stays with the one who wrote it', () => {
    const text = 'وهنأ الرئيس الأوكراني فولوديمير زيلينسكي الرياضيين في رسالة مصورة، وكتب على حسابه: "رفعتم رأس البلد عاليا في هذه البطولة". كما أعلنت وزارة الرياضة مكافأة لكل لاعب.';
    expect(speakerOf(text, 'رفعتم رأس البلد')).toBe("فولوديمير زيلينسكي");
  });
});

describe('a two-word rank before a name', () => {
  it('الفريق أول', () => {
    const text = 'وقال وزير الدفاع الفريق أول عبد الكريم سلامة للصحفيين: "القوات جاهزة لكل الاحتمالات على الحدود".';
    expect(speakerOf(text, 'القوات جاهزة')).toBe("عبد الكريم سلامة");
  });
});

describe('"البنك" names the bank named before', () => {
  it('the central bank', () => {
    const text = 'رفع البنك المركزي السوري سعر الإقراض نصف نقطة. وقال البنك في بيان: "التضخم يواصل التراجع بوتيرة أبطأ من المتوقع".';
    expect(speakerOf(text, 'التضخم يواصل')).toBe('مصرف سوريا المركزي');
  });
});
