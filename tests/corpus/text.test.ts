import { describe, expect, it } from 'vitest';
import { prefixOfWord, shingles, jaccard, termsOfWord, tokenize } from '../../src/core/corpus/text';
import { decodeVarints, encodeVarints } from '../../src/core/corpus/encoding';
import { normalizeArabic } from '../../src/core/text/normalize';

const main = (w: string) => termsOfWord(normalizeArabic(w))[0];

describe('normalization and stemming', () => {
  it('tokenizes with original offsets through diacritics and tatweel', () => {
    const text = 'قالَ الـوزير: «السلامُ»';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['قال', 'الوزير', 'السلام']);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('الـوزير');
  });

  it('conflates hamza, alef maqsura and ta marbuta forms', () => {
    expect(main('أذربيجان')).toBe(main('اذربيجان'));
    expect(main('الخارجيّة')).toBe(main('الخارجيه'));
    expect(main('إلى')).toBe(normalizeArabic('الي'));
  });

  it('strips article clusters and one common suffix', () => {
    expect(main('المفاوضات')).toBe(main('مفاوض'));
    expect(main('والمفاوضات')).toBe(main('المفاوضات'));
    expect(main('للحرب')).toBe('حرب');
    expect(main('بالسلام')).toBe('سلام');
    expect(main('القوات')).toBe(main('قوة'));
    expect(main('المدنيين')).toBe(main('مدني'));
    expect(main('تصريحاتها')).toBe(main('تصريحات'));
  });

  it('keeps short words whole: no stem under three letters', () => {
    expect(main('بيان')).toBe('بيان');
    expect(main('يوم')).toBe('يوم');
  });

  it('gives a clitic-stripped variant for words that start with و ف ب ل ك', () => {
    expect(termsOfWord(normalizeArabic('وبيسكوف'))).toContain('بيسكوف');
    expect(termsOfWord(normalizeArabic('لروسيا'))).toContain(main('روسيا'));
    expect(termsOfWord(normalizeArabic('وبحسب'))).toContain('حسب');
    // but the word itself stays the main term ("وزير" is not "و" + "زير" first)
    expect(termsOfWord(normalizeArabic('وزير'))[0]).toBe('وزير');
  });

  it('reduces a word being typed to its article-less prefix', () => {
    expect(prefixOfWord(normalizeArabic('الرو'))).toBe('رو');
    expect(prefixOfWord('kara')).toBe('kara');
  });

  it('leaves latin words lower-cased and unstemmed', () => {
    expect(termsOfWord('osce')).toEqual(['osce']);
    expect(tokenize('OSCE Minsk').map((t) => t.norm)).toEqual(['osce', 'minsk']);
  });
});

describe('shingles', () => {
  it('finds the same statement printed with different clitics and punctuation', () => {
    const a = shingles('نحن مقتنعون بأنه يجب ضمان جميع حقوق وأمن السكان الأرمن في قره باغ');
    const b = shingles('نحن مقتنعون بانه يجب ضمان جميع حقوق و أمن السكان الأرمن في قره باغ.');
    const c = shingles('ندعو الطرفين المتنازعين إلى وقف إراقة الدماء فورا');
    expect(jaccard(a, b)).toBeGreaterThan(0.5);
    expect(jaccard(a, c)).toBe(0);
  });
});

describe('varint postings', () => {
  it('round-trips small and large values', () => {
    const values = [0, 1, 127, 128, 300, 16384, 2 ** 31 - 1, 5];
    expect(decodeVarints(encodeVarints(values))).toEqual(values);
    expect(decodeVarints(encodeVarints([]))).toEqual([]);
  });
});
