// Whose words a cue with no subject of its own carries: the subject of its
// clause after a place set off by a comma ("وفي كييف، دافع X …، قائلا إن"), and
// the body whose spokesman is fronted by أما ("أما المتحدث باسم المنظمة، فقال").
// Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

// (Someone spoke before each case, so carrying the last speaker over would miss.)
const LEAD = 'تواصلت المفاوضات حول تبادل الأسرى.\n\nوقال الوزير سامي الدباغ إن "الجولة المقبلة حاسمة".\n\n';

describe('the subject of a clause after a place and a comma (a capital that names its state)', () => {
  const CASES: Array<[string, string, string]> = [
    ['وفي موسكو، دافع وزير الخارجية الروسي سيرغي لافروف أمام البرلمان عن الخطة، قائلا إن "التنازل عن الأرض ليس خيارا".', 'التنازل عن الأرض ليس خيارا', 'سيرغي لافروف'],
    ['وفي دمشق، تفقد رئيس الوزراء كامل إدريس المستشفى الجنوبي، مؤكدا أن "الرواتب ستصرف هذا الشهر".', 'الرواتب ستصرف هذا الشهر', 'كامل إدريس'],
    ['وفي يريفان، تمسك رئيس الحكومة نيكول باشينيان خلال جلسة برلمانية بالاتفاق، معتبرا أن "الحدود يجب أن ترسم بسرعة".', 'الحدود يجب أن ترسم بسرعة', 'نيكول باشينيان'],
    ['ومن صنعاء، هاجمت الناشطة سلوى الحكيمي قرار الحكومة، قائلة إن "الناس لم يعودوا يحتملون".', 'الناس لم يعودوا يحتملون', 'سلوى الحكيمي'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('a body behind a fronted spokesman', () => {
  const CASES: Array<[string, string, string]> = [
    ['أما الناطقة باسم اللجنة الدولية للصليب الأحمر بصنعاء، فقالت: "زرنا ثلاثة سجون هذا الشهر".', 'زرنا ثلاثة سجون هذا الشهر', 'اللجنة الدولية للصليب الأحمر'],
    ['أما الناطق باسم منظمة الصحة العالمية، فقال إن الفرق "وصلت إلى المدينة صباح اليوم".', 'وصلت إلى المدينة صباح اليوم', 'منظمة الصحة العالمية'],
    ['أما المتحدثة باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين، فقالت: "المخيمات امتلأت قبل الشتاء".', 'المخيمات امتلأت قبل الشتاء', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('a title with "إلى" before the name, in the clause before a cue with no subject', () => {
  // ("إلى" reads "الي" once normalized: it is no definite word.)
  const CASES: Array<[string, string, string]> = [
    ['أشاد مبعوث واشنطن إلى سوريا توم باراك بالاتفاق، وكتب: "خطوة في الاتجاه الصحيح".', 'خطوة في الاتجاه الصحيح', 'توم باراك'],
    ['وانتقد مبعوث الأمم المتحدة إلى اليمن هانس غروندبرغ التصعيد، وأضاف: "المدنيون يدفعون الثمن".', 'المدنيون يدفعون الثمن', 'هانس غروندبرغ'],
    ['والتقى السفير الروسي لدى أرمينيا سيرغي كوبيركين بسكان القرية، وكتب: "استقبلنا السكان بحفاوة".', 'استقبلنا السكان بحفاوة', 'سيرغي كوبيركين'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('a person just described by their trade, then "قال:" with no subject', () => {
  const CASES: Array<[string, string, string]> = [
    ['لكن الوعود لا تقنع رامي الأحمد، سائق الحافلة الذي ينتظر الوقود منذ الفجر. قال: "سمعنا هذا الكلام كل شتاء".', 'سمعنا هذا الكلام كل شتاء', 'رامي الأحمد'],
    ['ولا تصدق الخطط سهام يوسف، المعلمة التي تدرس في خيمة. قالت: «الأطفال يكتبون على ركبهم».', 'الأطفال يكتبون على ركبهم', 'سهام يوسف'],
    ['وفي السوق التقينا زياد مراد، بائع الخضار في الحي القديم. قال: «الناس يشترون بالحبة لا بالكيلو».', 'الناس يشترون بالحبة لا بالكيلو', 'زياد مراد'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});
