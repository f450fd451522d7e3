// "وقال لنا المزارع X: «…»": the one spoken to, a pronoun after ل, stands
// between the speech verb and its subject; the speaker is X, never "لنا …".
// Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'وصلت قافلة المساعدات إلى البلدة بعد أسبوع من الانتظار.\n\n';

describe('an addressee between a speech verb and its subject', () => {
  const CASES: Array<[string, string, string]> = [
    ['وقال لنا المزارع حسن العلي: «ضاع الموسم كله هذا العام».', 'ضاع الموسم كله هذا العام', 'حسن العلي'],
    ['وقالت لي الممرضة هدى سالم: «لم يبق في الصيدلية دواء للسكري».', 'لم يبق في الصيدلية دواء للسكري', 'هدى سالم'],
    ['وقالت لنا المعلمة سعاد ناصر: «الصفوف ستفتح يوم الأحد».', 'الصفوف ستفتح يوم الأحد', 'سعاد ناصر'],
    ['وقال له السائق وليد حمدان: «الطريق مغلقة منذ الفجر».', 'الطريق مغلقة منذ الفجر', 'وليد حمدان'],
    ['وأوضح لنا رامي الشريف: «نحتاج إلى مولد كهرباء قبل الشتاء».', 'نحتاج إلى مولد كهرباء قبل الشتاء', 'رامي الشريف'],
  ];
  for (const [text, quote, speaker] of CASES) {
    it(speaker, () => {
      expect(direct(LEAD + text)).toContainEqual([quote, speaker]);
    });
  }

  it('no one named after the addressee: the subject is left out, never "لنا"', () => {
    const text = `${LEAD}وقال المزارع حسن العلي إن الأرض عطشى. وقال لنا: «ننتظر المطر منذ شهرين».`;
    const speakers = direct(text).map(([, s]) => s);
    expect(speakers).not.toContain('لنا');
    expect(direct(text)).toContainEqual(['ننتظر المطر منذ شهرين', 'حسن العلي']);
  });
});
