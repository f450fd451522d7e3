// An attribution word with its pronoun ("وبحسبها:", "وحسبه فإن") refers back to
// the one the text is about, as a verb with its subject left out would; never
// a speaker named "وبحسبها". Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'تواصلت عمليات إزالة الأنقاض في الحي.\n\n';

describe('an attribution word with its pronoun', () => {
  const CASES: Array<[string, string, string]> = [
    ['وقالت المعلمة هالة يونس إن المدرسة مغلقة. وبحسبها: «نحتاج إلى شهرين على الأقل لإصلاح الصفوف».', 'نحتاج إلى شهرين على الأقل لإصلاح الصفوف', 'هالة يونس'],
    ['أما المزارعة سيفيل داداشوفا، العائدة إلى قريتها، فبحسبها: «الأرض لم تعد كما تركناها قبل ثلاثين سنة».', 'الأرض لم تعد كما تركناها قبل ثلاثين سنة', 'سيفيل داداشوفا'],
    ['وتحدث المهندس كريم داود عن الطريق. وحسبه فإن «العمل سيستغرق ثلاثة أشهر على الأقل».', 'العمل سيستغرق ثلاثة أشهر على الأقل', 'كريم داود'],
    ['وروى السائق مازن عبيد ما جرى عند الحاجز. وبحسبه: «انتظرنا ست ساعات قبل أن يسمحوا لنا بالمرور».', 'انتظرنا ست ساعات قبل أن يسمحوا لنا بالمرور', 'مازن عبيد'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }

  it('the pronoun keeps its gender: "بحسبها" does not go back to a man', () => {
    const text = `${LEAD}وقال المهندس كريم داود إن الطريق مغلق. وبحسبها: «الطريق لن يفتح قبل الربيع المقبل».`;
    expect(direct(text)).not.toContainEqual(['الطريق لن يفتح قبل الربيع المقبل', 'كريم داود']);
  });
});

describe('a noun of speech with its pronoun after في', () => {
  // (A man and a woman spoke first; the person described last is who the pronoun means.)
  const BEFORE = 'وقال المحافظ سامي الدباغ إن "الطرق مقطوعة". وقالت الطبيبة نوال شريف إن "الدواء نفد".\n\n';
  const CASES: Array<[string, string, string]> = [
    ['وقال السائق كريم داود إن الطريق طويل. وفي حديثه لمراسلنا: «ننام في الشاحنات منذ أسبوع».', 'ننام في الشاحنات منذ أسبوع', 'كريم داود'],
    ['وتحدثت المعلمة هالة يونس عن الصفوف. وفي حديثها لإذاعة محلية: «نصف التلاميذ بلا كتب».', 'نصف التلاميذ بلا كتب', 'هالة يونس'],
    ['وقال المهندس عادل نصار إن الشبكة متهالكة، وفي تصريحه للصحفيين: "نحتاج إلى قطع غيار من الخارج".', 'نحتاج إلى قطع غيار من الخارج', 'عادل نصار'],
    ['وروت الممرضة سلمى حداد ما جرى، وفي كلمتها أمام المؤتمر: «رأينا أطفالا بلا أسماء».', 'رأينا أطفالا بلا أسماء', 'سلمى حداد'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + BEFORE + text)).toContainEqual([quote, speaker]);
    });
  }
});
