// An embassy, a consulate and a public prosecution are bodies when a nation or
// a place names them ("السفارة الروسية", "القنصلية الأرمينية", "النيابة العامة الأذربيجانية");
// "نيابة عن" (on behalf of) is none. A title before a body the gazetteer lacks
// speaks for it ("ممثل النيابة العامة X"). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { speakerOf } from './support/speaking';

const lead = 'باكو - قال الجيش الأذربيجاني إن القصف تواصل قرب الحدود مع أرمينيا في قره باغ. ';
const bodies = (text: string) => analyze(lead + text, { stopEarly: false }).actors.filter((a) => a.id === null && a.type === 'organization').map((a) => a.name.ar);

describe('embassies, consulates and prosecutors are bodies', () => {
  it.each([
    ['وقالت النيابة العامة الأذربيجانية إن الأحكام نهائية.', 'النيابة العامة الأذربيجانية'],
    ['وأعلنت السفارة الروسية في باكو أن الرحلات ستستأنف الأسبوع المقبل.', 'السفارة الروسية'],
    ['وقالت القنصلية الأرمينية في تبليسي إن المعاملات تأخرت.', 'القنصلية الأرمينية'],
  ])('%s', (text, body) => {
    expect(bodies(text)).toContain(body);
  });

  it('"on behalf of" names no body', () => {
    expect(bodies('وتحدث نيابة عن الوفد رئيسه في الجلسة الختامية.')).toEqual([]);
    expect(bodies('وقدم الشكر بالنيابة عن العائلات كلها.')).toEqual([]);
  });
});

describe('a title before a body the gazetteer lacks speaks for it', () => {
  it.each([
    ['وقال ممثل النيابة العامة الأذربيجانية إن "الحكم نهائي ولا رجعة فيه أبدا".', 'الحكم نهائي ولا رجعة فيه أبدا', 'النيابة العامة الأذربيجانية'],
    ['وقال متحدث باسم السفارة الروسية في باكو إن "الطاقم بخير والاتصالات جارية".', 'الطاقم بخير والاتصالات جارية', 'السفارة الروسية'],
  ])('%s', (text, quote, speaker) => {
    expect(speakerOf(lead + text, quote)).toBe(speaker);
  });
});

describe('a body named with its government, and a jury', () => {
  it('keeps the government out of the ministry\'s name', () => {
    const text = 'وأعلنت وزارة الزراعة والري في الحكومة الأرمينية أن الموسم تأخر.';
    expect(bodies(text)).toContain('وزارة الزراعة والري');
  });

  it('a jury is no body', () => {
    expect(bodies('وقال رئيس لجنة التحكيم إن مستوى الأفلام كان عاليا.')).toEqual([]);
  });
});
