// Unseen-text patterns of issue 9 (B, C, I): later quotes of a speaker's sentence,
// speakers named after the quote, and quoted names of outlets and works. Every
// sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'اشتدت المعارك في محيط مدينة الفاشر السودانية، وأعلن الجيش السوداني صد هجوم جديد.\n\n';

describe('B: every quote of a sentence belongs to its speaker', () => {
  const cases: Array<[string, string]> = [
    ['وقال الوسيط كريم نادر إنه «متفائل بالتوصل إلى اتفاق قريب»، لأن التسوية «باتت أقرب من أي وقت مضى».', 'كريم نادر'],
    ['وقالت الطبيبة هالة شعث إن المستشفى "يعمل بنصف طاقته منذ أسبوع"، وإن الأدوية "لن تكفي أكثر من يومين".', 'هالة شعث'],
    ['وقال المتحدث العسكري أيمن ربيع إن القوات "تقدمت في المحور الشرقي للمدينة"، غير أن المعارك "ما زالت عنيفة جدا".', 'أيمن ربيع'],
    ['وأكد الوزير سمير حداد أن الحكومة "لن تفاوض تحت النار أبدا"، مشيرا إلى أن الوفد "سيعود إلى العاصمة غدا".', 'سمير حداد'],
    ['وقالت الوزيرة ليلى فارس إن بلادها «تريد السلام مع كل جيرانها»، لكنها «لن تقبل بحل مفروض من الخارج».', 'ليلى فارس'],
    ['وقال المسؤول خالد يوسف إن الحكومة “لن تتخلى عن أحد من مواطنيها” وأن الدولة “ستحمي الجميع دون استثناء”.', 'خالد يوسف'],
    ['وقالت الطبيبة هالة شعث إن الوضع صعب، مضيفة: ‹‹لم يصلنا أي دواء منذ أسبوعين››.', 'هالة شعث'],
  ];
  for (const [sentence, speaker] of cases) {
    it(sentence.slice(0, 36), () => {
      const quotes = direct(LEAD + sentence);
      expect(quotes.length).toBeGreaterThan(0);
      for (const [, s] of quotes) expect(s).toBe(speaker);
    });
  }

  it('a new sentence does not go on with the speaker', () => {
    const text = `${LEAD}وقال الوسيط كريم نادر إن الاتفاق «بات أقرب من أي وقت مضى». في المقابل، رأت الحكومة السودانية أن «الطريق ما زال طويلا جدا».`;
    expect(direct(text).map(([, s]) => s)).toEqual(['كريم نادر', 'الحكومة السودانية']);
  });
});

describe('I: a quoted outlet or firm name is no quote', () => {
  const quotedNames = (text: string) => direct(text).map(([q]) => q);
  it('a short quoted source right after the verb or attribution phrase', () => {
    for (const sentence of [
      'وذكرت «الشرق الأوسط» أن المفاوضات متعثرة منذ أسابيع.',
      'وأفادت "النهار الجديد" بأن الوفد غادر العاصمة.',
      'ونقلت "الغد" عن مصدر عسكري أن الهجوم صد.',
      'وبحسب "الشرق الأوسط"، فإن المفاوضات متعثرة.',
      'ووفقا لـ«النهار الجديد»، فإن الوفد غادر.',
    ]) {
      expect(quotedNames(LEAD + sentence)).toEqual([]);
    }
  });

  it('a quoted firm after لدى', () => {
    const text = `${LEAD}وقالت ريم سالم، المحللة لدى "إي إف جي القابضة"، إن أسعار الوقود سترتفع.`;
    expect(quotedNames(text)).toEqual([]);
  });

  it('a short quote after a verb that closes its clause stays a quote', () => {
    const text = `${LEAD}وقال قائد الجيش السوداني عبد الفتاح البرهان: "لن نستسلم"، ثم غادر القاعة.`;
    expect(direct(text)).toEqual([['لن نستسلم', 'عبد الفتاح البرهان']]);
  });
});
