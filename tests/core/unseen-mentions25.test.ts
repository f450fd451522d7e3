// Mentions of unseen text (issue 9, read on blind34 and name set q5): lineages of two "بن" or "ود" after a given
// name are read whole; a goal's verb with its pronoun ("سجله") and a dual goal ("هدفين") frame a player's name; a
// foreign name printed with إل/أل is no word with the article; a common given name after an imperfect verb of its
// gender that opens the clause, with a family name that is no common word, is a person; a role behind و after a
// comma ("، والرئيس") joins someone else on and describes nothing before it. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { speakerOf } from './support/speaking';

const analysis = (text: string) => analyze(text, { stopEarly: false });
const personsOf = (text: string): string[] => analysis(text).actors.filter((a) => a.type === 'person').map((a) => a.id ?? a.mentions[0]!.surface);

const finds = (cases: Array<[string, string]>) => {
  for (const [text, person] of cases) it(person, () => expect(personsOf(text)).toContain(person));
};

describe('a lineage of two connectors after a given name is one name', () => {
  finds([
    ['وقال ناصر بن مبارك بن سعيد العامري إن البئر جفت منذ الربيع.', 'ناصر بن مبارك بن سعيد العامري'],
    ['وأكد حمدان بن راشد بن علي باحاذق، أحد أعيان البلدة، أن الطريق مقطوع.', 'حمدان بن راشد بن علي باحاذق'],
    ['وقال حامد ود الأمين ود حمد النور إن النهر فاض على القرية.', 'حامد ود الأمين ود حمد النور'],
  ]);
  it('a name of two words still ends before the verb', () => {
    expect(personsOf('وقال ماجد العامري إن البئر جفت منذ الربيع.')).toContain('ماجد العامري');
  });
});

describe('a name ends where a time word or إنّ with its pronoun follows, not before', () => {
  finds([
    ['تقول المعلمة هالة ماجد عطوان إنها تدرّس أربعين تلميذا في خيمة.', 'هالة ماجد عطوان'],
    ['ويقول الصياد جمال سليم قنبر إنه لم يبحر منذ شهرين.', 'جمال سليم قنبر'],
    ['وتتذكر ليلى داودي الليلة التي غادرت فيها بيتها.', 'ليلى داودي'],
  ]);
});

describe('a broker is a role; an unmarked accusative noun is no name word', () => {
  finds([
    ['وقال وسيط التأمين نادر الخياط إن الأقساط تراجعت.', 'نادر الخياط'],
    ['وتقول وسيطة العقارات سهى البيطار إن الإيجارات تضاعفت.', 'سهى البيطار'],
  ]);
  const none = [
    'وقالت مصادر إن الوسيط المصري قدم مقترحا جديدا للطرفين.',
    'وذكرت الصحيفة أن المبعوث الأممي حمل اتفاقا شاملا للحل.',
    'وأضاف أن السفير الفرنسي نقل قرارا مهما إلى الحكومة.',
  ];
  for (const text of none) it(`none: ${text}`, () => expect(personsOf(text)).toEqual([]));
});

describe('a match report: a goal\'s verb with its pronoun, a dual goal, a name printed with إل', () => {
  finds([
    ['وتقدم الضيوف بهدف مبكر سجله ريكاردو مونتيرو، قبل أن يتراجعوا إلى الدفاع.', 'ريكاردو مونتيرو'],
    ['وافتتح أصحاب الأرض التسجيل بهدف رأسي أحرزه توماس بيرغمان، ثم تراجعوا إلى الدفاع.', 'توماس بيرغمان'],
    ['وفي الربع الأخير أضاف ماتياس هولم هدفين من هجمتين مرتدتين.', 'ماتياس هولم'],
    ['ثم أضاف إلنور قاسموف هدفين في الدقائق الأخيرة من اللقاء.', 'إلنور قاسموف'],
  ]);
  it('a verb with a pronoun and no goal before it frames no name', () => {
    expect(personsOf('وقالت الشركة إن الطريق الذي سجله المهندسون في الخريطة مغلق، ثم أعادوا رسمه.')).toEqual([]);
  });
});

describe('a foreign name printed with إل or أل after a speech verb is the speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال إلشاد ماميدوف: «القرية لم تعد كما كانت».', 'القرية لم تعد كما كانت', 'إلشاد ماميدوف'],
    ['وقالت إلنارا حيدروفا: «عدنا إلى بيت بلا سقف».', 'عدنا إلى بيت بلا سقف', 'إلنارا حيدروفا'],
    ['وقال ألفير توفيقوف: "الطريق إلى المدينة صار آمنا".', 'الطريق إلى المدينة صار آمنا', 'ألفير توفيقوف'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
  it('a definite noun after the verb is still no name', () => {
    expect(speakerOf('وقال الأهالي: «الطريق مقطوع منذ أسبوع».', 'الطريق مقطوع منذ أسبوع')).not.toBe('الأهالي');
  });
});

describe('a common given name after an imperfect verb of its gender that opens the clause', () => {
  finds([
    ['على طرف المخيم، يحفر سعيد قنديل بيديه حفرة صغيرة لتصريف الماء.', 'سعيد قنديل'],
    ['قرب الخيمة، تجلس أمل شحادة مع أطفالها الثلاثة.', 'أمل شحادة'],
    ['وتطبخ وفاء عياش على موقد من الحطب منذ أشهر.', 'وفاء عياش'],
    ['عند الحاجز، ينتظر كريم حمدونة منذ الفجر دوره في العبور.', 'كريم حمدونة'],
  ]);
  const none = [
    'تحمل وردة حمراء في يدها وتمشي نحو القبر.',
    'تحمل وردة صغيرة في يدها.',
    'وتبقى أمل كبيرة في أن يعود الجميع.',
    'يبقى سعيد الحظ من نجا من القصف.',
    'ينتظر أمين الصندوق قرار اللجنة.',
  ];
  for (const text of none) it(`none: ${text}`, () => expect(personsOf(text)).toEqual([]));
});

describe('a role behind و after a comma joins someone else on, no apposition', () => {
  const none = [
    'جرت العملية بشكل هادئ ومنظم، والوزير سيعلن النتائج غدا.',
    'مرت الليلة بهدوء تام وسلام، والرئيس يتابع الأوضاع من مكتبه.',
  ];
  for (const text of none) it(`none: ${text}`, () => expect(personsOf(text)).toEqual([]));
  it('a person with a role in apposition is still found', () => {
    expect(personsOf('وقال سامح دبور، رئيس البلدية، إن المياه عادت.')).toContain('سامح دبور');
  });
});
