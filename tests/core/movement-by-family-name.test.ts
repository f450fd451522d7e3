// "الحوثي" alone names the movement ("يتقدم الحوثي على الأرض", "النظام الحوثي"), but not as an adjective ("التصعيد الحوثي"),
// its leader only by his full name. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const idsAt = (text: string, surface: string): Array<string | null> =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.mentions.some((m) => m.surface === surface))
    .map((a) => a.id);

describe('"الحوثي" alone is the movement', () => {
  it.each([
    ['وقال النائب إن الحوثي يواصل حشد مقاتليه حول مأرب منذ أسابيع، وإن القرى تفرغ من سكانها.'],
  ])('%s', (text) => {
    expect(idsAt(text, 'الحوثي')).toEqual(['houthis']);
  });

  it('"النظام الحوثي" is the movement named by its regime', () => {
    expect(idsAt('واتهم الوزير النظام الحوثي باستخدام الموانئ لتهريب السلاح إلى الداخل.', 'النظام الحوثي')).toEqual(['houthis']);
  });

  // (Most gold sets leave the adjective unmarked: data/ambiguous.json nisbaNames.)
  it('right after a definite noun it is the noun\'s adjective', () => {
    expect(idsAt('ويرى محللون أن التصعيد الحوثي في البحر الأحمر يعقد مفاوضات السلام في مسقط.', 'الحوثي')).toEqual([]);
  });

  it('the leader is named in full', () => {
    expect(idsAt('وقال عبد الملك الحوثي في خطاب متلفز إن جماعته لن تتراجع.', 'عبد الملك الحوثي')).toEqual(['abdul-malik-al-houthi']);
  });
});
