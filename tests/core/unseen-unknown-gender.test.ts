// A person whose given name is not in data/given-names.json has no gender of
// their own: the verbs of the text tell it ("وأضافت" after "قالت X"), and a
// feminine verb reaches a woman the list does not know. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { direct, personNames, speakerOf } from './support/speaking';


describe('a person the given-name list does not know', () => {
  const WOMEN: Array<[string, string, string]> = [
    ['تقف جانيت الخطيب (34 عاما) أمام فرن الحي منذ الفجر. "ننتظر ثلاث ساعات لنحصل على ربطة خبز"، تقول، "وأحيانا نعود بلا شيء".', 'وأحيانا نعود بلا شيء', 'جانيت الخطيب'],
    ['تعمل لوريس حداد، وهي ممرضة في مستشفى المدينة، ليلا ونهارا. وتضيف: "لم نعد نملك الشاش ولا المسكنات".', 'لم نعد نملك الشاش ولا المسكنات', 'لوريس حداد'],
    ['قال المهندس سامر عيسى إن المولدات متوقفة منذ أيام.\n\nأما ماريتا نصار (29 عاما)، فتدرس على ضوء الشموع. وتقول: "أريد أن أنهي الجامعة مهما حصل".', 'أريد أن أنهي الجامعة مهما حصل', 'ماريتا نصار'],
    ['وصلت روزا منصور (12 عاما) إلى المخيم مع أمها قبل شهرين. وقالت: "أشتاق إلى مدرستي وإلى صديقاتي".', 'أشتاق إلى مدرستي وإلى صديقاتي', 'روزا منصور'],
    ['قالت المعلمة هناء سليم إن الصفوف مكتظة.\n\nوتجلس ليندا العلي (15 عاما) في الصف الأخير. "لا أرى اللوح من هنا"، قالت ليندا، "لكنني أسمع جيدا".', 'لا أرى اللوح من هنا', 'ليندا'],
  ];
  for (const [text, quote, speaker] of WOMEN) {
    it(`a feminine verb reaches ${speaker}`, () => {
      expect(speakerOf(text, quote)).toBe(speaker);
    });
  }

  it('is given no gender by the analysis, unless a title or the list says it', () => {
    const text = 'تقف ميسان الخطيب (34 عاما) أمام الفرن، وإلى جانبها المعلمة سناء داود والمهندس سامي رباح.';
    const genders = Object.fromEntries(analyze(text, { stopEarly: false }).actors.filter((a) => a.type === 'person').map((a) => [a.mentions[0]!.surface, a.gender ?? null]));
    expect(genders['ميسان الخطيب']).toBeNull();
  });

  it('a masculine verb still reaches a man the list does not know', () => {
    const text = 'قالت الطبيبة سلوى حمدان إن العيادة مزدحمة.\n\nويعمل نايف بيسان (40 عاما) سائقا على خط المخيم. وأضاف: "الطريق صار أطول بساعتين".';
    expect(speakerOf(text, 'الطريق صار أطول بساعتين')).toBe('نايف بيسان');
  });
});

describe('a given name the list lacks that begins like an imperfect verb (ي، ت، ن) and ends in ة', () => {
  const persons = personNames;
  const CASES: Array<[string, string]> = [
    ['وتجلس الممرضة نسيبة القردعي أمام ثلاثة أسرة في الخيمة.', 'نسيبة القردعي'],
    ['وتقول الطالبة تسنيمة الحلبي إن الامتحان كان أصعب من المتوقع.', 'تسنيمة الحلبي'],
    ['وتعيش النازحة نجيبة العلي مع أطفالها الخمسة في خيمة واحدة.', 'نجيبة العلي'],
    ['وتقف المعلمة يسرية داود أمام صف من ثلاثين طفلا.', 'يسرية داود'],
  ];
  for (const [text, name] of CASES) {
    it(name, () => {
      expect(persons(text)).toContain(name);
    });
  }

  it('a noun and its adjective in ة are no name ("ناشئة متخصصة")', () => {
    expect(persons('وأسست المهندسة شركة ناشئة متخصصة في الطاقة الشمسية.')).toEqual([]);
  });
});
