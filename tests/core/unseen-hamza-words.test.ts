// A word printed with a hamza inside it is not a one-word gazetteer name spelled
// without one, though they are one word once normalized ("لأمي" / "لامي",
// "ترأس" / "تراس"). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const ids = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);

describe('a hamza inside a word keeps it from a one-word name', () => {
  const mentionsOf = (text: string, id: string) => analyze(text, { stopEarly: false }).actors.find((a) => a.id === id)?.mentions.map((m) => m.surface) ?? [];
  it('"لأمي" (to my mother) is no David Lammy, even on a page that names him', () => {
    const text = 'قالت الطفلة إنها كتبت لأمي رسالة طويلة. وقال وزير الخارجية البريطاني ديفيد لامي إن لندن تدعم الهدنة.';
    expect(mentionsOf(text, 'david-lammy')).toEqual(['ديفيد لامي']);
  });
  it('"ترأس" (chaired) is no Liz Truss, even on a page that names her', () => {
    const text = 'وقالت رئيسة الوزراء السابقة ليز تراس إن الحكومة أخطأت. وترأس وزير الخارجية الاجتماع الطارئ في لندن مساء الأحد.';
    expect(mentionsOf(text, 'liz-truss')).toEqual(['ليز تراس']);
  });
  it('the names themselves are still found', () => {
    expect(ids('وقال وزير الخارجية البريطاني ديفيد لامي إن بلاده تدعم الهدنة.')).toContain('david-lammy');
    expect(ids('وقالت رئيسة الوزراء السابقة ليز تراس إن الحكومة أخطأت.')).toContain('liz-truss');
  });
});
