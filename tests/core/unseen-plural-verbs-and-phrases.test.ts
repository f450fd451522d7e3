// Plural speech verbs in the imperfect ("يحذرون", "يطالبون", "يتهمون") report
// as their singular does; words behind ب that are common nouns ("بنشر",
// "بقيمة") or a plural noun and its verb ("وعلماء يحذرون") are nobody's name.
// Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { unknownNames } from './support/speaking';

const lead = 'غزة - تواصل القصف الإسرائيلي على قطاع غزة وقالت حركة حماس إن الهدنة انهارت. ';
const indirect = (text: string) => analyze(lead + text, { stopEarly: false }).quotes.filter((q) => q.kind === 'indirect').map((q) => (lead + text).slice(q.start, q.end));

describe('plural imperfect speech verbs report', () => {
  it.each([
    ['والأطباء في المستشفى يحذرون من أن المخزون سينفد خلال أيام.', 'المخزون سينفد خلال أيام'],
    ['والسكان يطالبون بأن تفتح المعابر قبل الشتاء.', 'تفتح المعابر قبل الشتاء'],
    ['والصيادون يتهمون الزوارق بأنها تطلق النار على كل من يقترب.', 'تطلق النار على كل من يقترب'],
    ['والمسؤولون يعتبرون أن الاتفاق صامد رغم الخروقات.', 'الاتفاق صامد رغم الخروقات'],
  ])('%s', (text, clause) => {
    expect(indirect(text).some((q) => q.includes(clause))).toBe(true);
  });
});

describe('no person named by a phrase before a verb', () => {
  it.each([
    ['قطاع غزة يغرق في العتمة.. وأطباء يحذرون: "المولدات ستتوقف خلال يومين"', 'يحذرون'],
    ['غير أن حسابات مقربة من الحركة اكتفت بنشر صور قالت إنها توثق القصف على المخيم.', 'بنشر'],
    ['وأضاف الوزير أنه يتوقع توقيع عقود أولية بقيمة "تتجاوز مئة مليون دولار" لإعادة الإعمار.', 'بقيمة'],
  ])('%s', (text, word) => {
    expect(unknownNames(lead + text).some((n) => n.includes(word))).toBe(false);
  });
});
