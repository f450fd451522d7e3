// A word that says what someone is called ("يدعى", "تدعى", "المدعو",
// "واسمها") introduces a person, even by one word; "اسمه" alone is a noun.
// Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions as persons } from './support/persons';

describe('a naming word introduces the person named after it', () => {
  const cases: Array<[string, string]> = [
    ['وعند الحاجز أوقف الجنود سائقا يدعى تيغران، ثم أطلقوه بعد ساعة.', 'تيغران'],
    ['وتعمل في المطبخ امرأة تدعى سيرانوش منذ عشرين عاما.', 'سيرانوش'],
    ['وقالت الشرطة إن المدعو ماهر القصاب سلم نفسه صباح اليوم.', 'ماهر القصاب'],
    ['وفي الخيمة طفلة في السابعة، واسمها ريتاج، ترسم على الورق. تقول ريتاج: "أريد بيتنا".', 'ريتاج | ريتاج'],
  ];
  for (const [text, surfaces] of cases) {
    it(text.slice(0, 36), () => expect(persons(text)).toContain(surfaces));
  }

  it('a possessed noun "اسمه" or a naming word before a common noun names no one', () => {
    for (const text of [
      'وقال أحد الجرحى، طالبا عدم ذكر اسمه خوفا على عائلته، إن القصف لم يتوقف.',
      'وأعطى الميناء اسمه لأشهر أنواع البن في العالم.',
      'وتدعى هذه العملية العسكرية باسم رمزي لم يعلن.',
    ]) {
      expect(persons(text), text).toEqual([]);
    }
  });
});
