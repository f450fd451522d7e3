// After a quotation, a verb that mostly means something else ("يختم"، "يكتب"، "تعلق")
// says who spoke it; and a role noun no one was introduced with ("يقول المزارع") is the
// person the text has just described. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'تواصل انقطاع الكهرباء في المدينة لليوم الخامس بعد قصف المحطة.\n\n';
const SPOKE_BEFORE = 'وقال المحافظ سامي الدباغ إن الإصلاحات ستبدأ قريبا. وقالت مديرة الصحة نوال شريف إن المستشفى يعمل بمولد واحد.\n\n';

describe('a weak verb right after a quotation', () => {
  const CASES: Array<[string, string, string]> = [
    ['وتحدث المهندس كريم داود عن الشبكة. «لن تعود الكهرباء قبل الربيع»، يختم داود.', 'لن تعود الكهرباء قبل الربيع', 'داود'],
    ['وتحدثت الطبيبة سلمى حداد عن المرضى. «نعمل على ضوء الهواتف»، تختم حداد.', 'نعمل على ضوء الهواتف', 'حداد'],
    ['«القارب رأس مالنا الوحيد»، يكتب الصياد عادل منصور على صفحته.', 'القارب رأس مالنا الوحيد', 'عادل منصور'],
    ['«هذا ليس حلا بل تأجيل للمشكلة»، تعلق الباحثة ريم عيسى.', 'هذا ليس حلا بل تأجيل للمشكلة', 'ريم عيسى'],
    ['وزرنا السوق مع التاجر فادي نصر. «الأسعار تتغير كل ساعة»، يختتم نصر.', 'الأسعار تتغير كل ساعة', 'نصر'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('a role noun for the person just described', () => {
  const CASES: Array<[string, string, string]> = [
    ['عند مدخل الحقل يقف رامي ساعور (58 عاما) ويشير إلى الأشجار المحترقة. «زرعها أبي قبل أن أولد»، يقول المزارع.', 'زرعها أبي قبل أن أولد', 'رامي ساعور'],
    ['تجلس منى الخطيب قرب نافذة الصف وتصحح الأوراق على ضوء الشمعة. «التلاميذ لا يشتكون، أنا التي أشتكي»، تقول المعلمة.', 'التلاميذ لا يشتكون، أنا التي أشتكي', 'منى الخطيب'],
    ['تصل ليلى حمدان إلى المستوصف قبل الجميع وتفتح خزانة الأدوية. وقالت الممرضة: «الدواء ينفد كل أسبوع».', 'الدواء ينفد كل أسبوع', 'ليلى حمدان'],
    ['أمام سيارته القديمة يقف أوليكسي مارتشينكو ويعد الركاب. «نصف الطريق حفر»، يقول السائق.', 'نصف الطريق حفر', 'أوليكسي مارتشينكو'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      // (Someone of each gender spoke before, so carrying the last speaker over would miss.)
      expect(direct(LEAD + SPOKE_BEFORE + text)).toContainEqual([quote, speaker]);
    });
  }
});

describe('"«…». هكذا وصف X": a filler word that looks back across the sentence end', () => {
  const CASES: Array<[string, string, string]> = [
    ['«نمنا على الرصيف ثلاث ليال». هكذا وصفت النازحة هند سالم (40 عاما) رحلتها إلى المخيم.', 'نمنا على الرصيف ثلاث ليال', 'هند سالم'],
    ['"خسرت القارب والشباك في ليلة واحدة". هكذا لخص الصياد عادل منصور ما جرى.', 'خسرت القارب والشباك في ليلة واحدة', 'عادل منصور'],
    ['«لا وقود ولا كهرباء ولا ماء». بهذه الكلمات افتتح رئيس البلدية كريم داود المؤتمر.', 'لا وقود ولا كهرباء ولا ماء', 'كريم داود'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + SPOKE_BEFORE + text)).toContainEqual([quote, speaker]);
    });
  }

  it('a verb that opens the next sentence is no cue of the quote before', () => {
    const text = `${LEAD}وتحدث المهندس سامر داود عن الشبكة. «الأعطال تتكرر كل يوم». قالت المعلمة هدى سالم إن الصفوف باردة.`;
    expect(direct(text)).not.toContainEqual(['الأعطال تتكرر كل يوم', 'هدى سالم']);
  });
});
