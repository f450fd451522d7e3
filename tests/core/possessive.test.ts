// One reading of a noun with a third-person possessive pronoun, for every rule that asks (text/possessive.ts).
import { describe, expect, it } from 'vitest';
import { possessed } from '../../src/core/text/possessive';
import { normalizeText } from '../../src/core/text/normalize';

const read = (word: string) => possessed(normalizeText(word));

describe('possessed', () => {
  it('his, hers, theirs', () => {
    expect(read('بيانه')).toEqual({ nouns: ['بيان'], gender: 'm' });
    expect(read('بيانها')).toEqual({ nouns: ['بيان'], gender: 'f' });
    expect(read('بيانهم')).toEqual({ nouns: ['بيان'], gender: 'p' });
    expect(read('بيانهما')).toEqual({ nouns: ['بيان'], gender: 'p' });
  });
  it('a ة printed ت before the pronoun is read both ways', () => {
    expect(read('روايتها')?.nouns).toEqual(['روايت', normalizeText('رواية')]);
    expect(read('تصريحاته')?.nouns).toContain('تصريحات');
  });
  it('no pronoun, or too short a noun', () => {
    expect(read('بيان')).toBeNull();
    expect(read('فيه')).toBeNull();
    expect(read('منها')).toBeNull();
  });
});
