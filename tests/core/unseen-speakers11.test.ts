// Speakers of unseen text (issue 9, speakers11): a capital or body before its speech verb in a headline,
// a relayer's office holding the person passed on from ("نقل مكتب X عنه قوله"). Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const speakerIdOf = (text: string, quote: string): string | null | undefined => {
  const result = analyze(text, { stopEarly: false });
  const q = result.quotes.find((x) => x.kind === 'direct' && text.slice(x.start, x.end) === quote);
  return q ? (q.speaker?.id ?? null) : undefined;
};

describe('a capital right before a speech verb is its government speaking: "وكييف ترد:"', () => {
  const cases: Array<[string, string, string]> = [
    ['لافروف يتهم الغرب بإطالة الحرب.. وكييف ترد: "موسكو هي من ترفض السلام"\n\nقال وزير الخارجية الروسي إن الغرب يطيل الحرب.', 'موسكو هي من ترفض السلام', 'ukraine'],
    ['موسكو تحذر: "أي صواريخ بعيدة المدى ستعد تصعيدا"\n\nحذرت روسيا الدول الغربية من تزويد كييف بالسلاح.', 'أي صواريخ بعيدة المدى ستعد تصعيدا', 'russia'],
    ['واشنطن تؤكد: "لا تغيير في سياستنا تجاه الحرب"\n\nأكد مسؤولون أن المساعدات مستمرة.', 'لا تغيير في سياستنا تجاه الحرب', 'united-states'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));

  it('keeps a capital named as a place out, verb or not', () => {
    expect(analyze('وصلت الشحنة إلى موسكو قالت الوكالة.', { stopEarly: false }).actors.map((a) => a.id)).not.toContain('russia');
  });
});

describe('"نقل مكتب X عنه قوله": the person whose office passes the words on', () => {
  const cases: Array<[string, string, string]> = [
    ['وأصدرت الحكومة الأوكرانية بيانا وصفت فيه الخطة بأنها "غير واقعية"، ونقل مكتب الرئيس فولوديمير زيلينسكي عنه قوله: "لن نقبل بتجميد الجبهات".', 'لن نقبل بتجميد الجبهات', 'volodymyr-zelensky'],
    ['وأصدر مجلس السيادة بيانا وصف فيه الهدنة بأنها "خدعة"، ونقل مكتب رئيس المجلس عبد الفتاح البرهان عنه قوله: "الحرب لن تتوقف قبل خروج المتمردين".', 'الحرب لن تتوقف قبل خروج المتمردين', 'abdel-fattah-al-burhan'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
});
