// Bodies of unseen text (blind set 29): a definite head with "العامة"/"العام" names one body
// ("النيابة العامة", "الهيئة العامة"), a noun of public interest does not. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const organizations = (text: string): string[] =>
  analyze(text, { stopEarly: false }).actors.filter((a) => a.type === 'organization').map((a) => a.mentions[0]!.surface);

describe('a definite head and "العامة" name one body', () => {
  const cases: Array<[string, string]> = [
    ['وقالت النيابة العامة في لائحة الاتهام إن المتهم تلقى رشاوى من ثلاث شركات.', 'النيابة العامة'],
    ['وطالبت الهيئة العامة بتأجيل التصويت إلى الأسبوع المقبل.', 'الهيئة العامة'],
    ['وأعلنت الإدارة العامة في بيان أن المعبر سيفتح صباح الأحد.', 'الإدارة العامة'],
  ];
  for (const [text, body] of cases) it(body, () => expect(organizations(text)).toContain(body));
});

describe('"العامة" after a noun that is no head names no body', () => {
  const cases = [
    'وأكد الوزير أن المصلحة العامة تقتضي فتح الطرق أمام المزارعين.',
    'وتحسنت الصحة العامة في المخيمات بعد وصول فرق التلقيح.',
  ];
  for (const text of cases) it(text.slice(0, 30), () => expect(organizations(text)).toEqual([]));
});
