// A word printed with a hamza inside it is not a one-word gazetteer name spelled
// without one, though they are one word once normalized ("لأمي" / "لامي",
// "ترأس" / "تراس"). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const ids = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);

describe('a hamza inside a word keeps it from a one-word name', () => {
  it('"لأمي" (to my mother) is no David Lammy', () => {
    expect(ids('قالت الطفلة: كتبت لأمي رسالة طويلة قبل أن ننام في الخيمة.')).not.toContain('david-lammy');
  });
  it('"ترأس" (chaired) is no Liz Truss', () => {
    expect(ids('ترأس وزير الخارجية الاجتماع الطارئ في العاصمة مساء الأحد.')).not.toContain('liz-truss');
  });
  it('the names themselves are still found', () => {
    expect(ids('وقال وزير الخارجية البريطاني ديفيد لامي إن بلاده تدعم الهدنة.')).toContain('david-lammy');
    expect(ids('وقالت رئيسة الوزراء السابقة ليز تراس إن الحكومة أخطأت.')).toContain('liz-truss');
  });
});
