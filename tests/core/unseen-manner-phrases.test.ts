// How someone spoke ("بعربية ركيكة"، "بلهجة حادة"، "بنبرة غاضبة") is no name:
// neither the speaker nor an actor. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { direct, personNames } from './support/speaking';

const LEAD = 'وصل الوفد إلى المعبر صباح السبت بعد انتظار طويل.\n\n';
const unknownNames = (text: string) =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.id === null)
    .map((a) => a.mentions[0]!.surface);

describe('a manner of speaking after the verb', () => {
  const PHRASES = ['بعربية ركيكة', 'بلهجة حادة', 'بنبرة غاضبة', 'بلهجة هادئة', 'بصورة قاطعة'];
  for (const phrase of PHRASES) {
    it(`"وقال الضابط ${phrase}:" names no one`, () => {
      const text = `${LEAD}وقال الضابط ${phrase}: "عودوا من حيث أتيتم فورا".`;
      expect(unknownNames(text)).not.toContain(phrase);
      expect(direct(text)[0]![1]).not.toBe(phrase);
    });
  }

  it('a given name after the verb is still a name', () => {
    const text = `${LEAD}وقالت بثينة حمادة: "عودوا من حيث أتيتم فورا".`;
    expect(direct(text)).toEqual([['عودوا من حيث أتيتم فورا', 'بثينة حمادة']]);
  });
});

describe('a verbal noun behind ب or ل after a title is what was asked, no name', () => {
  const LEAD2 = 'تواصلت محاكمة المتهمين بجرائم الحرب وسط قصف متواصل على المدينة.\n\n';
  for (const [text, notName] of [
    ['وطالب ممثل الادعاء بتشديد العقوبات المقررة، قائلا إن "الأدلة قاطعة".', 'بتشديد العقوبات المقررة'],
    ['وطالب رئيس البلدية بإزالة الأنقاض فورا، قائلا إن "الشتاء على الأبواب".', 'بإزالة الأنقاض فورا'],
    ['ودعا مدير المستشفى لتوفير الوقود العاجل، قائلا إن "المولدات ستتوقف".', 'لتوفير الوقود العاجل'],
    ['وطالبت المتحدثة باسم المنظمة بتسهيل دخول القوافل، قائلة إن "الجوع يتفاقم".', 'بتسهيل دخول القوافل'],
  ] as const) {
    it(notName, () => {
      const said = direct(LEAD2 + text).map(([, s]) => s);
      expect(said).not.toContain(notName);
      expect(personNames(LEAD2 + text)).not.toContain(notName);
    });
  }
});
