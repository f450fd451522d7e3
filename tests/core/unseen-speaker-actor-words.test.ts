// A speaker the speaker stage reads as "نقل عنه" or "لما نقله محاموه" joins
// the actors as no person: a preposition with a pronoun or "ما" is in no
// person's name. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const actorNames = (text: string): string[] => analyze(text, { stopEarly: false }).actors.map((a) => a.name.ar);

describe('function words in a speaker taken for a person', () => {
  it('keep the speaker out of the actors', () => {
    const texts = [
      'وبحسب ما نقل عنه، قال إن التهم باطلة. ووفقا لما نقله محاموه فإن "القضية سياسية بالكامل".',
      'وبحسب ما نقل عنها، قالت إن الأطفال بلا مأوى. وأضافت أن "المخيم لا يتسع لأحد".',
      'وبحسب ما نقل عنهم، قالوا إن الطريق مقطوع. وأكدوا أن "الشاحنات عالقة منذ أيام".',
    ];
    for (const text of texts) expect(actorNames(text).join(' ; '), text).not.toMatch(/عنه|عنها|عنهم|لما|بما/);
  });

  it('a speaker with a plain two-word name still joins the actors', () => {
    expect(actorNames('وقال سامر خليل إن "المدينة بلا كهرباء منذ أسبوع".')).toContain('سامر خليل');
  });
});
