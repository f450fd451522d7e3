// "غير أن", "إلا أن", "بيد أن" (however) open no reported speech after a speech verb earlier in the sentence.
// Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const indirectTexts = (text: string) => {
  const a = analyze(text, { stopEarly: false });
  return a.quotes.filter((q) => q.kind === 'indirect').map((q) => text.slice(q.start, q.end));
};

describe('a connector of contrast opens no indirect quote', () => {
  const CASES = [
    'اتهمت باكو يريفان بخرق الهدنة، غير أن متحدثا عسكريا أرمينيا نفى ذلك في المساء.',
    'أعلن الجيش السوداني تقدمه في الخرطوم، إلا أن قوات الدعم السريع ما زالت تسيطر على أحياء عدة.',
    'قالت كييف إنها أسقطت معظم المسيرات، بيد أن بعضها أصاب محطة كهرباء في الشرق.',
  ];
  for (const text of CASES) {
    it(text.slice(0, 40), () => {
      for (const q of indirectTexts(text)) expect(q.startsWith('متحدثا') || q.startsWith('قوات الدعم') || q.startsWith('بعضها')).toBe(false);
    });
  }
});
