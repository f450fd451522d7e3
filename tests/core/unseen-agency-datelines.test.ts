// A wire story opens with its dateline and the agency's letters in brackets,
// "كييف (أ ف ب) - قال …": the agency's ب closes its bracket, so the verb after
// it is a verb, not a noun behind the preposition ب. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { itSaysWho } from './support/speaking';

describe("a speech verb after an agency's letters in a dateline", () => {
  itSaysWho([
    ['وارسو (أ ف ب) - قال رئيس الوزراء البولندي دونالد توسك إن بلاده "ستضاعف إنفاقها الدفاعي خلال عامين".', 'ستضاعف إنفاقها الدفاعي خلال عامين', 'دونالد توسك'],
    ['الخرطوم (أ ف ب) – قالت الأمم المتحدة الأربعاء إن "أكثر من نصف السكان يواجهون الجوع في ولايات دارفور".', 'أكثر من نصف السكان يواجهون الجوع في ولايات دارفور', 'الأمم المتحدة'],
    ['باكو (أ ف ب) أعلن الرئيس الأذربيجاني إلهام علييف أن "الطريق الجديد سيفتح قبل نهاية العام".', 'الطريق الجديد سيفتح قبل نهاية العام', 'إلهام علييف'],
    ['موسكو (د ب) - صرح الناطق الرئاسي الروسي دميتري بيسكوف أمام صحفيين بأن "الاتصالات مستمرة على مستوى الخبراء".', 'الاتصالات مستمرة على مستوى الخبراء', 'دميتري بيسكوف'],
  ]);

  it('reads the reported clause after the dateline too', () => {
    const text = 'عدن (أ ف ب) - أكدت الحكومة اليمنية أن المطار سيعاد فتحه الأسبوع المقبل بعد إصلاح المدرج.';
    const indirect = analyze(text, { stopEarly: false }).quotes.filter((q) => q.kind === 'indirect');
    expect(indirect).toHaveLength(1);
    expect(text.slice(indirect[0]!.start, indirect[0]!.end)).toContain('المطار سيعاد فتحه');
  });

  it('still reads a speech word right after the preposition as a noun', () => {
    const text = 'وفي رد مكتوب على أسئلة الصحفيين، نفت الوزارة الاتهامات.';
    expect(analyze(text, { stopEarly: false }).quotes.filter((q) => q.kind === 'indirect')).toHaveLength(0);
  });
});
