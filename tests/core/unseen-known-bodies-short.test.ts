// A known body named later without its nationality ("البنك المركزي" after
// "البنك المركزي الروسي"), never inside another nation's body; a board of a
// known body ("مجلس إدارة X") is no body of its own. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const mentionsOf = (text: string, id: string): string[] =>
  analyze(text, { stopEarly: false }).actors.find((a) => a.id === id)?.mentions.map((m) => m.surface) ?? [];
const unknownBodies = (text: string): string[] =>
  analyze(text, { stopEarly: false }).actors.filter((a) => a.id === null && a.type !== 'person').map((a) => a.name.ar);

describe('a known body named again without its nationality', () => {
  it.each([
    ['رفع البنك المركزي الروسي سعر الفائدة أمس. وصرحت رئيسة البنك المركزي إلفيرا نابيولينا إن التضخم ما زال مرتفعا.', 'bank-of-russia', 'البنك المركزي'],
    ['خفض البنك المركزي الروسي توقعاته للنمو. وقال البنك المركزي في تقريره إن الطلب تراجع.', 'bank-of-russia', 'البنك المركزي'],
    ['وأعلنت القوات المسلحة الأوكرانية صد هجوم في الشرق. وقالت القوات المسلحة في بيان إن الخسائر محدودة.', 'ukrainian-armed-forces', 'القوات المسلحة'],
  ])('%s', (text, id, short) => {
    expect(mentionsOf(text, id)).toContain(short);
  });

  it('never inside the name of another nation\'s body', () => {
    const text = 'وأعلنت القوات المسلحة الأوكرانية صد هجوم. وقالت القيادة العملياتية للقوات المسلحة البولندية إنها رفعت التأهب.';
    expect(mentionsOf(text, 'ukrainian-armed-forces')).toEqual(['القوات المسلحة الأوكرانية']);
  });
});

describe('the board of a known body is that body\'s mention', () => {
  it.each([
    'ومن المقرر أن يجتمع مجلس إدارة البنك المركزي الروسي في فبراير المقبل.',
    'وقرر مجلس محافظي الوكالة الدولية للطاقة الذرية إرسال بعثة جديدة.',
  ])('%s', (text) => {
    expect(unknownBodies(text)).toEqual([]);
  });
});
