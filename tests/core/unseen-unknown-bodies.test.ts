// A body the gazetteer lacks, named first as a speech verb's subject from a
// noun that opens bodies' names (مقر، جمعية، خلية، نقابة …), speaks; an actor
// the zone names still wins. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

// (Someone spoke before each case, so carrying the last speaker over would miss.)
const LEAD = 'تواصل القصف على أطراف المدينة. وقال الوزير سامي الدباغ إن "الوضع صعب".\n\n';

describe('a body the gazetteer lacks as the subject', () => {
  const CASES: Array<[string, string, string]> = [
    ['وقال مقر التنسيق لشؤون المفقودين في بيان: "سلمنا قوائم جديدة".', 'سلمنا قوائم جديدة', 'مقر التنسيق لشؤون المفقودين'],
    ['وأكدت نقابة الأطباء المستقلة أن "ثلث الكوادر غادر البلاد".', 'ثلث الكوادر غادر البلاد', 'نقابة الأطباء المستقلة'],
    ['وقالت خلية الأزمة في المحافظة: «المياه ستعود خلال يومين».', 'المياه ستعود خلال يومين', 'خلية الأزمة'],
    ['وحذرت رابطة المزارعين في الجنوب من أن "الجوع سيتسع في الشتاء".', 'الجوع سيتسع في الشتاء', 'رابطة المزارعين'],
    ['وأعلنت جمعية الصيادين الأهلية: «البحر مغلق أمامنا منذ شهر».', 'البحر مغلق أمامنا منذ شهر', 'جمعية الصيادين الأهلية'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }

  it('a known actor in the subject still speaks', () => {
    expect(direct(`${LEAD}وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية: "القوافل متوقفة".`)).toContainEqual(['القوافل متوقفة', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية']);
  });
});

describe('an office of an institution named before ("المتحدث باسم الوزارة")', () => {
  const CASES: Array<[string, string, string]> = [
    ['وأعلنت وزارة التربية الفلسطينية موعد الامتحانات. وقال المتحدث باسم الوزارة إن المراكز "جاهزة في كل المحافظات".', 'جاهزة في كل المحافظات', 'وزارة التربية الفلسطينية'],
    ['ونظمت وزارة الزراعة اليمنية معرضا للبن. وقال وكيل الوزارة في كلمة الافتتاح: «الإنتاج تضاعف هذا العام».', 'الإنتاج تضاعف هذا العام', 'وزارة الزراعة اليمنية'],
    ['وأصدرت هيئة الموانئ السودانية تعميما جديدا. وقالت مديرة الهيئة: "الميناء يعمل بنصف طاقته".', 'الميناء يعمل بنصف طاقته', 'هيئة الموانئ السودانية'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }

  it('the spokesman named before with that title is who speaks', () => {
    const text = `${LEAD}وقال المتحدث باسم وزارة الصحة أشرف القدرة إن المستشفيات ممتلئة. وقال المتحدث باسم الوزارة: "نحتاج إلى الوقود فورا".`;
    expect(direct(text)).toContainEqual(['نحتاج إلى الوقود فورا', 'أشرف القدرة']);
  });

  it('a minister of a portfolio is no body named before', () => {
    const text = `${LEAD}وكانت وزارة الخارجية الأميركية قد أعلنت دعمها للهدنة، فيما رأى وزير الخارجية السوداني أن بلاده "ترحب بكل وساطة جادة".`;
    expect(direct(text).map(([, s]) => s)).not.toContain('وزارة الخارجية الأميركية');
  });
});

describe('a body named by the acronym in brackets after a long name the gazetteer lacks', () => {
  const CASES: Array<[string, string, string]> = [
    ['وقال مكتب تنسيق شؤون الحكومة في الأراضي (كوغات)، عبر منصة إكس، إن "المعابر تعمل كالمعتاد منذ الصباح".', 'المعابر تعمل كالمعتاد منذ الصباح', 'كوغات'],
    ['وذكر مركز رصد الصحة العالمي (منظمة الصحة العالمية) أن "الأوبئة تنتشر بسرعة في المخيمات".', 'الأوبئة تنتشر بسرعة في المخيمات', 'منظمة الصحة العالمية'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('an institution noun behind ل whose article lost its alif ("بيان للجنة")', () => {
  const CASES: Array<[string, string, string]> = [
    ['وأعلنت اللجنة الدولية للصليب الأحمر استعدادها للمساعدة. وجاء في بيان للجنة: «فرقنا جاهزة للتحرك فورا».', 'فرقنا جاهزة للتحرك فورا', 'اللجنة الدولية للصليب الأحمر'],
    ['وأصدرت لجنة الإنقاذ الدولية تقريرا جديدا. وورد في تقرير للجنة: "نصف الأطفال يعانون سوء التغذية".', 'نصف الأطفال يعانون سوء التغذية', 'لجنة الإنقاذ الدولية'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('a body the gazetteer lacks as the issuer of a statement ("البيان الصادر عن مكتب …")', () => {
  const CASES: Array<[string, string, string]> = [
    ['وورد في البيان الصادر عن مكتب المنسق المقيم: «القوافل تنتظر الإذن منذ أسبوع».', 'القوافل تنتظر الإذن منذ أسبوع', 'مكتب المنسق المقيم'],
    ['وورد في البيان الصادر عن خلية المتابعة الميدانية: "ثلاثون محتجزا بلا محاكمة".', 'ثلاثون محتجزا بلا محاكمة', 'خلية المتابعة الميدانية'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});
