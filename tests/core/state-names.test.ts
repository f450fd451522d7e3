// A state's government named by a noun and its nationality adjective
// (src/core/state-names.ts, data/state-forms.json, `adjectives` in
// data/actors). Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { stateNames } from '../../src/core/state-names';

const statesIn = (text: string) => analyze(text, { stopEarly: false }).actors.filter((a) => a.type === 'state').map((a) => [a.id, a.mentions.map((m) => m.surface)]);

describe('a state named by its government and its adjective', () => {
  it('makes the nouns agree: الجانب masculine, الحكومة, السلطات and الدولة feminine, on every word', () => {
    expect(stateNames(['الإريتري'])).toEqual(['الجانب الإريتري', 'الحكومة الإريترية', 'السلطات الإريترية', 'الدولة الإريترية']);
    expect(stateNames(['الكوري الجنوبي'])).toContain('الحكومة الكورية الجنوبية');
    expect(stateNames(['إريتري'])).toEqual([]);
  });

  const cases: Array<[string, string, string]> = [
    ['واحتجزت السلطات الإريترية قارب صيد قرب جزر حنيش.', 'eritrea', 'السلطات الإريترية'],
    ['وقال الجانب التشادي إن اللاجئين عبروا الحدود ليلا.', 'chad', 'الجانب التشادي'],
    ['وأعلنت الحكومة الصومالية تشديد الرقابة على الموانئ.', 'somalia', 'الحكومة الصومالية'],
    ['ورحبت السلطات الجيبوتية بالسفن القادمة من عدن.', 'djibouti', 'السلطات الجيبوتية'],
    ['وأبدت الحكومة الأوغندية استعدادها لاستضافة المحادثات.', 'uganda', 'الحكومة الأوغندية'],
    ['وتعهد الجانب الأرمني بمواصلة ترسيم الحدود.', 'armenia', 'الجانب الأرمني'],
    ['وقال المحامي إن الدولة الصومالية مسؤولة عن سلامة الصيادين.', 'somalia', 'الدولة الصومالية'],
  ];
  for (const [sentence, id, surface] of cases) {
    it(`${surface} is ${id}`, () => expect(statesIn(sentence)).toContainEqual([id, [surface]]));
  }

  it('an adjective on another noun names no state', () => {
    expect(statesIn('وقال المحلل الإريتري إن الطريق مغلق.')).toEqual([]);
    expect(statesIn('وتراجعت العملة الصومالية أمام الدولار.')).toEqual([]);
  });
});
