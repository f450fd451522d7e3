// A body's short name in brackets after its full name names the same body,
// there and wherever the text repeats it. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

/** Each actor's mentions as printed, joined (bodies and persons alike). */
const surfaces = (text: string): string[] =>
  analyze(text, { stopEarly: false }).actors.map((a) => a.mentions.map((m) => text.slice(m.start, m.end)).join(' | '));

describe('a short name in brackets after a body', () => {
  it('names the body in the brackets and alone later, Arabic or Latin', () => {
    expect(surfaces('وحذرت منظمة الأغذية والزراعة (فاو) من نقص القمح. وقال ممثل فاو في البلاد إن المخزون يكفي شهرا.')).toContain(
      'منظمة الأغذية والزراعة | فاو | فاو',
    );
    expect(surfaces('وقالت منظمة الصحة العالمية (WHO) إن اللقاحات وصلت. وأكدت WHO أن الحملة تبدأ الأحد.').join(' ; ')).toMatch(/الصحة العالمية.*\| WHO \| WHO/);
  });

  it('a bracketed word after a person or with more words in the brackets is no short name', () => {
    const text = 'وقال الرئيس الأوكراني فولوديمير زيلينسكي (كييف) إن الهجوم فشل. وحذرت منظمة الأغذية والزراعة (فاو وشركاؤها) من الجوع.';
    expect(surfaces(text).join(' ; ')).not.toMatch(/\| كييف|\| فاو/);
  });
});
