// A title after a venue noun opens a place's name, no person ("ملعب الأمير
// X"); a kunya followed straight by a full name is one person ("أبو عادل X Y،
// مزارع"). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions, unknownNames } from './support/speaking';

describe('a title right after a venue noun names a place, no person', () => {
  it.each([
    ['وأقيمت المباراة على ملعب الأمير سلطان بن سلمان وسط حضور كبير.', 'سلطان بن سلمان'],
    ['ونقل الجرحى إلى مستشفى الملك خالد في المدينة.', 'خالد'],
    ['وتخرجت الدفعة الأولى من جامعة الشيخ زايد بن سلطان هذا العام.', 'زايد بن سلطان'],
    ['وهبطت الطائرة في مطار الملك عبد العزيز بعد رحلة طويلة.', 'عبد العزيز'],
  ])('%s', (text, name) => {
    expect(unknownNames(text).some((n) => n.includes(name))).toBe(false);
  });

  it('a title with a name elsewhere is still a person', () => {
    expect(unknownNames('وقال الشيخ سلمان العودة للصحفيين إن الوضع صعب.')).toContain('سلمان العودة');
  });
});

describe('a kunya followed straight by a full name is one person', () => {
  it.each([
    ['في ريف حماة استقبل المزارعون المطر بفرح. أبو عادل سمير الحمصي، مزارع في الخمسين، قال إن الموسم سيتحسن.', 'أبو عادل', 'سمير الحمصي'],
    ['وفي المخيم التقينا أم رامي سعاد الكردي، وهي أرملة في الأربعين.', 'أم رامي', 'سعاد الكردي'],
    ['ويقول أبو فراس نادر السقا، سائق أجرة، إن الوقود صار حلما.', 'أبو فراس', 'نادر السقا'],
  ])('%s', (text, kunya, name) => {
    expect(personMentions(text)).toContainEqual([kunya, name]);
  });
});
