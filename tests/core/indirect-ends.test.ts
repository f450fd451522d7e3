// Where an indirect quote ends (issue 9): at a comma before a speech verb that
// reports something new, also when a quotation mark (not a complementizer)
// follows it within a few words, or when a "but" with its pronoun, or a "while"
// (فيما، بينما، في حين), stands before it. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const LEAD = 'تواصلت المعارك في أطراف المدينة طوال الليل وسط نزوح مئات العائلات.\n\n';

/** Each indirect quote's words. */
const indirect = (text: string) =>
  analyze(LEAD + text, { stopEarly: false }).quotes.filter((q) => q.kind === 'indirect').map((q) => (LEAD + text).slice(q.start, q.end));

describe('an indirect quote ends before a new report opened by a comma', () => {
  const cases: Array<[string, string]> = [
    ['وأكد المحافظ أن الطرق إلى الريف ستفتح خلال يومين، داعيا السكان إلى "عدم الاقتراب من خطوط التماس".', 'الطرق إلى الريف ستفتح خلال يومين'],
    ['وقالت الوزارة إن المخابز ستعمل بنصف طاقتها، متهمة التجار بـ"احتكار الطحين".', 'المخابز ستعمل بنصف طاقتها'],
    ['وذكر القائد أن قواته صدت هجوما على الجسر، ودعا الأهالي إلى "البقاء في منازلهم حتى الصباح".', 'قواته صدت هجوما على الجسر'],
    ['وأوضح المدير أن المستودع استقبل شحنة أدوية جديدة، لكنه أقر بأن "الكمية لا تكفي أسبوعا".', 'المستودع استقبل شحنة أدوية جديدة'],
    ['وأفادت المنظمة بأن المياه عادت إلى ثلاثة أحياء، لكنها حذرت من أن التلوث ما زال مرتفعا.', 'المياه عادت إلى ثلاثة أحياء'],
    // A "while" before the new report's verb: both reports are found, each with its own words.
    ['وقال الجيش إن طائراته قصفت مخزنا للسلاح شرق المدينة، فيما أعلنت الفصائل أن القصف أصاب مدرسة.', 'طائراته قصفت مخزنا للسلاح شرق المدينة'],
    ['وقال الجيش إن طائراته قصفت مخزنا للسلاح شرق المدينة، فيما أعلنت الفصائل أن القصف أصاب مدرسة.', 'القصف أصاب مدرسة'],
    ['وذكرت الوزارة أن الوقود وصل إلى المحطات، بينما قال السائقون إن الطوابير ما زالت طويلة.', 'الوقود وصل إلى المحطات'],
    ['وأكد المحافظ أن الكهرباء ستعود مساء اليوم، في حين أفاد السكان بأن الأحياء الغربية ما زالت مظلمة.', 'الكهرباء ستعود مساء اليوم'],
    ['وأكد المحافظ أن الكهرباء ستعود مساء اليوم، في حين أفاد السكان بأن الأحياء الغربية ما زالت مظلمة.', 'الأحياء الغربية ما زالت مظلمة'],
  ];
  for (const [text, quote] of cases) it(text.slice(0, 40), () => expect(indirect(text)).toContain(quote));
});

describe('an indirect quote ends where the writer goes on with "while"', () => {
  const cases: Array<[string, string]> = [
    ['وأعلنت الدفاعات الجوية أنها أسقطت معظم المسيرات، فيما سقطت البقية على محطات الكهرباء.', 'أسقطت معظم المسيرات'],
    ['وقال المرصد إن الاشتباكات أوقعت خمسة قتلى، بينما نزحت عشرات العائلات من القرى المجاورة.', 'الاشتباكات أوقعت خمسة قتلى'],
    ['وذكرت البلدية أن المياه عادت إلى الحي الشرقي، وفيما ينتظر الحي الغربي دوره منذ أسبوع.', 'المياه عادت إلى الحي الشرقي'],
  ];
  for (const [text, quote] of cases) it(text.slice(0, 40), () => expect(indirect(text)).toContain(quote));
});

describe("an indirect quote ends before the writer's own clause or a new speaker", () => {
  const cases: Array<[string, string]> = [
    ['وقال الحاكم إن المدينة تعرضت لقصف عنيف، في وقت أعلنت فيه الأمم المتحدة تعليق عملها.', 'المدينة تعرضت لقصف عنيف'],
    ['وأعلنت الحركة أن مقاتليها صدوا هجوما قرب البلدة، وهو ما نفاه الجيش في بيان.', 'مقاتليها صدوا هجوما قرب البلدة'],
    ['وذكرت الوزارة أنها أرسلت قافلة إلى الشمال، وقال مدير مكتب الإغاثة في المحافظة سامر عوض إن القافلة لم تصل.', 'أرسلت قافلة إلى الشمال'],
    ['وقال المعهد إن الجفاف قلص مساحة المراعي، محذرا الحكومات من موجة نزوح نحو المدن.', 'الجفاف قلص مساحة المراعي'],
    ['وقالت المنظمة إن الأسعار تضاعفت في الأسواق، متهمة التجار باحتكار السلع الأساسية.', 'الأسعار تضاعفت في الأسواق'],
    ['وتقول الأم إن أكثر ما يخيفها هو البرد: "لا حطب ولا غاز في المخيم".', 'أكثر ما يخيفها هو البرد'],
  ];
  for (const [text, quote] of cases) it(text.slice(0, 40), () => expect(indirect(text)).toContain(quote));
});

describe('"كرر" (repeated) reports what follows أن', () => {
  const cases: Array<[string, string]> = [
    ['وكرر الوزير أن بلاده لن تقبل أي اتفاق لا يضمن عودة النازحين.', 'بلاده لن تقبل أي اتفاق لا يضمن عودة النازحين'],
    ['وفي العاصمة، يكرر المسؤولون أن الانسحاب من المدينة خط أحمر.', 'الانسحاب من المدينة خط أحمر'],
    ['وكررت المنظمة أن المساعدات لا تصل إلى المناطق المحاصرة.', 'المساعدات لا تصل إلى المناطق المحاصرة'],
  ];
  for (const [text, quote] of cases) it(text.slice(0, 40), () => expect(indirect(text)).toContain(quote));
  it('"تكرر القصف" (the shelling was repeated) is no report', () => {
    expect(analyze('وتكرر القصف على الأحياء الشرقية طوال الليل.', { stopEarly: false }).quotes).toEqual([]);
  });
});

describe('an attribution phrase reports what follows أن/فإن', () => {
  const cases: Array<[string, string]> = [
    ['وجاء في بيان لقيادة الشرطة أن ثلاثة من عناصرها أصيبوا في الهجوم.', 'ثلاثة من عناصرها أصيبوا في الهجوم'],
    ['وبحسب تقرير للأمم المتحدة، فإن نصف السكان يعتمدون على المساعدات.', 'نصف السكان يعتمدون على المساعدات'],
    ['ووفقا لوزارة الصحة، فإن المستشفيات الثلاثة خرجت عن الخدمة.', 'المستشفيات الثلاثة خرجت عن الخدمة'],
  ];
  for (const [text, quote] of cases) it(text.slice(0, 40), () => expect(indirect(text)).toContain(quote));
});

describe('a comma alone, or a word that reports nothing, does not end it', () => {
  it('runs past a comma before a noun or a verb that reports nothing', () => {
    expect(indirect('وأكد المتحدث أن القافلة وصلت إلى البلدة، وأن الشاحنات أفرغت حمولتها.')).toContain('القافلة وصلت إلى البلدة');
    const long = indirect('وقال الطبيب إن الجرحى نقلوا إلى المستشفى الميداني، حيث تعمل غرفة عمليات واحدة.');
    expect(long.some((q) => q.includes('حيث تعمل غرفة عمليات واحدة'))).toBe(true);
  });
});
