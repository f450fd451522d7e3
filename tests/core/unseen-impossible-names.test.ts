// Words no person's name is, whichever rule reads them so: a noun for a person
// opening it ("والدة صحفي معتقل"), a word never in a name ("فوق كتفي", "بشرط
// عدم الكشف"), a verb with "me" as its object ("ابني أخبرتني"). Given names that
// look like such words ("علي", which reads as "على" once normalized) are still
// names. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { unknownNames, personNames } from './support/speaking';
import { analyze } from '../../src/core';

describe('no person made of words no name has', () => {
  it.each([
    ['"حملت طفلي الصغير فوق كتفي وركضت نحو البحر"، قالت منى سالم الريس، 33 عاما.', 'فوق'],
    ['وقالت سلوى ماجد الدباس، وهي والدة صحفي معتقل منذ عامين: "لا نعرف عنه شيئا".', 'صحفي'],
    ['"ابنتي أخبرتني: متى نعود إلى البيت؟"، تقول رهف عادل الشوا.', 'أخبرتني'],
    ['وقال موظف في البلدية تحدث شرط عدم الكشف عن اسمه إن المياه مقطوعة.', 'عدم'],
    ['وقال عامل في الميناء، اشترط عدم نشر اسمه، إن الرافعات معطلة منذ أسبوع.', 'عدم'],
    ['ويرى الباحث في مركز عمان لدراسات المياه، أن الآبار تجف عاما بعد عام.', 'لدراسات'],
    ['وتقول الخبيرة في معهد بيروت للسياسات، إن الخطة غامضة.', 'للسياسات'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((name) => name.includes(word))).toBe(false);
  });
});

describe('names that hold such words as given names are still names', () => {
  it.each([
    ['وقال علي حسن الشامي، 48 عاما، إن الطريق مقطوع منذ أسبوع.', 'علي حسن الشامي'],
    ['وتقول الممرضة سعاد قره علي إن الأدوية نفدت.', 'سعاد قره علي'],
  ])('%s', (text, name) => {
    expect(personNames(text)).toContain(name);
  });
});

describe('no speaker named by a noun for a person or a manner phrase', () => {
  it.each([
    ['وفي سجل الزوار عند الباب كتبت زائرة بخط مرتجف: "شكرا لأنكم أعدتم لنا الذاكرة".', 'زائرة'],
    ['وفي الصفحة الأخيرة دونت معلمة بحبر أزرق: "سنلتقي في الصف من جديد".', 'معلمة'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((name) => name.includes(word))).toBe(false);
  });
});

describe('no speaker named by what was (not) said', () => {
  it.each([
    ['وقالت الشرطة إن التحقيق جار. ولم يصدر تعليق فوري من وزارة الداخلية على الحادث.\n\n"سنعلن النتائج قريبا"، قال المتحدث.', 'تعليق'],
    ['ولم يصدر رد رسمي حتى الآن من السفارة، فيما قال مصدر دبلوماسي: "الملف معقد".', 'رد رسمي'],
  ])('%s', (text, words) => {
    expect(unknownNames(text).some((name) => name.includes(words))).toBe(false);
  });
});

describe('groups of people who speak are unnamed sources, no actors', () => {
  it.each([
    ['وفي الأحياء الشرقية، قال أولياء أمور إن المدارس بلا تدفئة منذ أسابيع.', 'أولياء'],
    ['وفي السوق القديم، يقول أصحاب المحال إن الكهرباء عادت ساعتين فقط.', 'أصحاب'],
    ['وقال أهالي القرية إن الطريق الوحيد إليها قطع منذ الشتاء.', 'أهالي'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((name) => name.includes(word))).toBe(false);
  });
});

describe('no person made of a relative clause, a conjunction, a preposition or a verb', () => {
  it.each([
    // A relative pronoun after a role opens a clause, no complement the name follows.
    ['وقال عامل نظافة: "الموظف الذي يقبض أجره بعد شهرين لا يقدر على دفع الإيجار".', 'يقبض'],
    ['"المعلم الذي ينتظر معاشه منذ الربيع يبيع أثاث بيته"، قالت نقابة المعلمين.', 'ينتظر'],
    ['وأوضح أن الجندي الذي يحرس المعبر ليلا لا يتلقى بدل مخاطر.', 'يحرس'],
    // "أو" (or) is no word of a name.
    ['وقال السائق إن الطريق إلى الشيخ عثمان أو المنصورة مغلق منذ الصباح.', ' أو'],
    ['ويعيش النازحون في حي الشيخ رضوان أو الرمال بلا كهرباء.', ' أو'],
    // "أكثر"/"أقل" after a given name that is a common noun ("حياة") are no family name.
    ['وقال المحافظ إن القصف يهدد حياة أكثر من ثلاثين ألف نازح في المخيمات.', 'أكثر'],
    ['وأضاف أن الوقود المتبقي يكفي لحياة أقل من أسبوع في المستشفى.', 'أقل'],
    // An adjective "تابعة" after a group's noun.
    ['واتهم المركز الإعلامي للقوات الكردية فصائل تابعة للجيش بقصف القرى.', 'تابعة'],
    ['وحمل القائد الميداني مجموعات تابعة للحكومة مسؤولية خرق الهدنة.', 'تابعة'],
    // ل with a noun in construct inside the name: a preposition, no name word.
    ['وطالب الاتحاد بمنح المزارعين قروضا ميسرة لشراء المعدات قبل الموسم.', 'لشراء'],
    ['وقال الخبير إن الأسر تحتاج إلى سلف ميسرة لشراء الأسمدة الكيماوية في الربيع.', 'لشراء'],
    ['وتقدم الهيئة منحا ميسرة لإصلاح الآبار الزراعية للمزارعين.', 'لإصلاح'],
    ['وأعلن البنك عن تمويلات ميسرة لبناء البيوت المهدمة في المحافظة.', 'لبناء'],
    // A speech verb opens no name ("المدرسة" is a school, or a teacher).
    ['وقالت الأم: "المدرسة أعلنت الإغلاق حتى نهاية الأسبوع، والأولاد في البيت".', 'أعلنت'],
    ['وتابعت: "المديرة أكدت الخبر صباحا، ثم عادت فنفته".', 'أكدت'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((name) => name.includes(word))).toBe(false);
  });
});

describe('a family that speaks is no person', () => {
  it.each([
    ['وقال الجيش إنه استهدف مسلحين قرب الخط.\n\nونفت عائلة القتيل أن يكون ابنها مسلحا، وقالت إنه كان راعيا.', 'عائلة'],
    ['وأكدت أسرة المعتقل أنها لم تتلق أي اتصال منذ شهرين.', 'أسرة'],
    ['وقالت عشيرة الفقيد في بيان إن الجنازة ستقام غدا.', 'عشيرة'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((name) => name.includes(word))).toBe(false);
  });
});

describe('a group of people or an office before a report is no person', () => {
  it.each([
    ['وبحسب متعاملين أوروبيين، فإن الشحنات ستصل في الربيع.', 'متعاملين'],
    ['وقال مزارعون محليون إن الموسم ضاع بسبب الجفاف.', 'مزارعون'],
    ['وبحسب نقيب الصيادين في المدينة سامر عوض، فإن ألف صياد فقدوا عملهم.', 'نقيب'],
    ['وقال شيخ المزارعين في القرية إن الآبار جفت.', 'شيخ'],
  ])('%s', (text, word) => {
    expect(unknownNames(text).some((name) => name.includes(word))).toBe(false);
  });
});

describe('an age phrase names no one whose family name is "العمر"', () => {
  it('"البالغة من العمر" after "… العمر" is the age, the person is named once', () => {
    const text = 'وقالت الطالبة رنا سامي العمر، البالغة من العمر اثنين وعشرين ربيعا، إنها اشترت خمسة كتب.';
    const rana = analyze(text, { stopEarly: false }).actors.find((a) => a.name.ar.includes('رنا'));
    expect(rana?.mentions.map((m) => m.surface)).toEqual(['رنا سامي العمر']);
  });
  it('"يبلغ من العمر" too', () => {
    const text = 'ويقول المزارع خالد حسن العمر إن الموسم ضعيف. وكان ابنه الذي يبلغ من العمر عشر سنوات يساعده.';
    const khaled = analyze(text, { stopEarly: false }).actors.find((a) => a.name.ar.includes('خالد'));
    expect(khaled?.mentions.map((m) => m.surface)).toEqual(['خالد حسن العمر']);
  });
});
