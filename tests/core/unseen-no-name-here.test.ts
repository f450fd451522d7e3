// Words that only look like a name: "و" on a common noun ("ومنطقة X") opens no
// name after a nationality or a role. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

describe('no person is found in', () => {
  it.each([
    ['واتفق البلدان على فتح معبر جديد يصل محافظة سيونيك الأرمينية ومنطقة زنغلان الأذربيجانية.', 'ومنطقة'],
    ['وتمتد الدوريات بين بلدة عفرين السورية وقرية كلس التركية كل أسبوع.', 'وقرية'],
    ['ووصلت القافلة إلى ولاية كسلا السودانية ومدينة حلفا الجديدة مساء الأحد.', 'ومدينة'],
  ])('%s', (text, word) => {
    expect(personNames(text).some((n) => n.includes(word))).toBe(false);
  });
});
