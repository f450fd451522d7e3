// Only a person has an age: a name set off before one is a person. A kunya
// found alone ("أبو سالم") and a full name ending with it ("ماهر أبو سالم")
// are one person, whichever the text gives first. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions as persons } from './support/persons';

describe('a name set off before an age', () => {
  const cases: Array<[string, string]> = [
    ['وأمام الخيمة يقف مصعب الدباغ (34 عاما) حاملا طفله الصغير.', 'مصعب الدباغ'],
    ['وتعمل جيهان ترزي، 41 عاما، في مشغل للخياطة منذ عودتها.', 'جيهان ترزي'],
    ['ويروي عبد الرحمن يوسف الخطيب (50 عاما) كيف تهدم البيت.', 'عبد الرحمن يوسف الخطيب'],
  ];
  for (const [text, surfaces] of cases) {
    it(text.slice(0, 36), () => expect(persons(text)).toContain(surfaces));
  }

  it('a common noun or a place before an age is no person', () => {
    for (const text of ['ويجلس طفل صغير (5 أعوام) قرب أمه.', 'وبقيت المدينة القديمة (800 عام) صامدة رغم القصف.']) {
      expect(persons(text), text).toEqual([]);
    }
  });
});

describe('a kunya and the full name that ends with it are one person', () => {
  it('full name first, kunya later', () => {
    expect(persons('يقف الصياد ماهر أبو سالم (47 عاما) على الرصيف. ويقول أبو سالم: "البحر مغلق منذ شهر".')).toEqual([
      'ماهر أبو سالم | أبو سالم',
    ]);
  });
  it('kunya first, full name later', () => {
    expect(persons('ويروي أبو سامر كيف عاد إلى بيته. وقال المزارع خليل أبو سامر إن الأرض جفت.')).toEqual(['أبو سامر | خليل أبو سامر']);
  });
});
