// Mentions of unseen text (issue 9, mentions16): a kunya that ends the text; given names Arabic news prints
// for Armenians; words that end a name (a verb with "me" as its object, a note in brackets) and "على" after
// "أم". Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

describe('a kunya as the last words of the text', () => {
  const texts = ['وفي المخيم جلس المزارع أبو سامي', 'وقال الجار أبو سامي', 'وتنتظر في الطابور منذ الفجر أم خليل'];
  for (const text of texts) it(text, () => expect(() => analyze(text, { stopEarly: false })).not.toThrow());
});

/** The persons found that the gazetteer lacks, each by the words of its mentions. */
const unknownPersons = (text: string): string[][] =>
  analyze(text, { stopEarly: false }).actors.filter((a) => a.type === 'person' && a.id === null).map((a) => a.mentions.map((m) => m.surface));

/** The words of each mention of the actor with this id. */
const mentionsOf = (text: string, id: string): string[] =>
  analyze(text, { stopEarly: false }).actors.find((a) => a.id === id)?.mentions.map((m) => m.surface) ?? [];

describe('Armenian given names open a person\'s name after any verb', () => {
  const cases: Array<[string, string[][]]> = [
    ['في متجره الصغير في برج حمود، يرتب سيدراك مانوكيان رفوف الكتب القديمة. ويقول مانوكيان إن الزبائن قلة.', [['سيدراك مانوكيان', 'مانوكيان']]],
    ['وتحمل أناهيد سركيسيان صورة بيتها في ستيباناكيرت، وتقول أناهيد إنها لن تنسى.', [['أناهيد سركيسيان', 'أناهيد']]],
    ['ويصلح زافين تاشجيان الساعات في سوق بيروت القديم منذ ثلاثين عاما.', [['زافين تاشجيان']]],
  ];
  for (const [text, persons] of cases) it(persons[0]![0]!, () => expect(unknownPersons(text)).toEqual(persons));
});

describe('words that end a name or open none', () => {
  const cases: Array<[string, string[][]]> = [
    // An imperfect verb with "me" as its object.
    ['قال الأب: "طفلتي ريما تسألني كل صباح عن حديقة جدها".', []],
    ['وقال الجد: "حفيدي الصغير سامي يخبرني أنه يريد أن يصبح طبيبا".', [['سامي']]],
    // "على" (on) after "أم" (or).
    ['وقالت الممرضة: "هل أضحك على الصغار أم على حالي حين أعدهم بالعودة؟".', []],
    // A note in brackets after a given name or a place.
    ['قصفت القوات الروسية ميناء إسماعيل ليلا، قال يوسف (خاص) إن الأضرار كبيرة في أوكرانيا.', []],
    // A noun with a pronoun after a hamza.
    ['وأبدى مدرب الضيوف ماهر أبو زيد استياءه من الحكم عقب اللقاء.', [['ماهر أبو زيد']]],
    ['وجمع رئيس النادي خالد المطيري أعضاءه في اجتماع طارئ مساء الأحد.', [['خالد المطيري']]],
    // A player's verb, no team's name.
    ['وقال المدرب عن مهاجمه: "هذا لاعب يعرف طعم الفوز في المواعيد الكبرى".', []],
    // What a scorer scores ends the name.
    ['وختم البديل رامي بن عيسى الثلاثية قبل صافرة النهاية بدقيقتين.', [['رامي بن عيسى']]],
  ];
  for (const [text, persons] of cases) it(text.slice(0, 40), () => expect(unknownPersons(text)).toEqual(persons));
});

describe('a phrase each country\'s news uses for its own former regime names the Syrian one only in a text about Syria', () => {
  it('in a text about Sudan', () => {
    const text = 'وقال مستشار قوات الدعم السريع إن الجيش السوداني تحركه فلول النظام السابق، وإن قواته تتقدم في الخرطوم.';
    expect(mentionsOf(text, 'assad-regime-remnants')).toEqual([]);
  });
  it('in a text about Syria', () => {
    const text = 'وقالت وزارة الداخلية السورية إن قواتها اعتقلت خلية من فلول النظام السابق في ريف اللاذقية، بعد أيام من زيارة الرئيس أحمد الشرع للمدينة.';
    expect(mentionsOf(text, 'assad-regime-remnants')).toEqual(['فلول النظام السابق']);
  });
});

describe('states that arm or back a party, and officials named in passing, are actors', () => {
  const cases: Array<[string, string, string[]]> = [
    ['وأعلنت بلغاريا أنها ستشارك في تأمين الممرات البحرية مع أوكرانيا.', 'bulgaria', ['بلغاريا']],
    ['وأرسلت كرواتيا والتشيك شحنات ذخيرة جديدة إلى أوكرانيا هذا الشهر.', 'czechia', ['التشيك']],
    ['ووقعت إندونيسيا وماليزيا بيانا مشتركا يطالب بوقف الحرب على غزة.', 'malaysia', ['ماليزيا']],
    ['وأكد الأمير عبد العزيز بن سلمان، وزير الطاقة في المملكة، أن الإمدادات كافية.', 'abdulaziz-bin-salman', ['الأمير عبد العزيز بن سلمان']],
    ['واتفق وزراء تحالف أوبك بلس على إبقاء الحصص دون تغيير، وقالت منظمة أوبك إن السوق مستقرة.', 'opec-plus', ['تحالف أوبك بلس']],
  ];
  for (const [text, id, mentions] of cases) it(id, () => expect(mentionsOf(text, id)).toEqual(mentions));
  it('"عبد العزيز بن سلمان" is not the crown prince', () => {
    expect(mentionsOf('وأكد الأمير عبد العزيز بن سلمان، وزير الطاقة في المملكة، أن الإمدادات كافية.', 'mohammed-bin-salman')).toEqual([]);
  });
});

describe('a surname found alone is no mention after another given name, nor a state after an indefinite noun', () => {
  it('"ستاد حمد الكواري" is not the fan "سليم الكواري"', () => {
    const text = 'وامتلأت مدرجات ملعب حمد الكواري عن آخرها. وقال المشجع سليم الكواري إن الفرحة كبيرة، وأضاف الكواري أن الجمهور سيعود.';
    expect(unknownPersons(text)).toEqual([['سليم الكواري', 'الكواري']]);
  });
  it('"شركات سورية" is Syrian companies, "سورية" alone the state', () => {
    const text = 'وقال الباحث إن شركات سورية كثيرة أغلقت أبوابها، وإن سورية تحتاج إلى استثمارات واسعة.';
    expect(mentionsOf(text, 'syria')).toEqual(['سورية']);
  });
  it('"وساطة السعودية" names the state', () => {
    expect(mentionsOf('وقال الوزير إن الهدنة صمدت بفضل وساطة السعودية بين الطرفين في السودان.', 'saudi-arabia')).toEqual(['السعودية']);
  });
  it('"قوات سورية" names no state', () => {
    expect(mentionsOf('وأعلنت وزارة الخارجية التركية أن دوريات مشتركة مع قوات سورية ستبدأ قريبا.', 'syria')).toEqual([]);
  });
});

describe('a player named by one word after a nationality, before what a scorer scores', () => {
  const cases: Array<[string, string[][]]> = [
    ['ثم قلص النيجيري أوكافور الفارق بتسديدة قوية من خارج المنطقة.', [['أوكافور']]],
    ['ثم أحرز الكاميروني إيمانا هدف الفوز من ركلة جزاء.', [['إيمانا']]],
  ];
  for (const [text, persons] of cases) it(persons[0]![0]!, () => expect(unknownPersons(text)).toEqual(persons));
});
