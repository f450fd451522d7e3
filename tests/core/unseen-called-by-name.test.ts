// "وقال مشجع يدعى X، وهو طالب هندسة، إن …، مضيفا:": the subject called by its
// name speaks, and "طالب" after "وهو" is a student, no verb of demanding that
// would take the sentence over. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { itSaysWho, speakerOf } from './support/speaking';

const lead = 'وقال المدرب حسن الإدريسي إن فريقه لعب بشجاعة. ';

describe('a subject called by its name speaks ("وقال مشجع يدعى X")', () => {
  itSaysWho(
    [
      ['وقال مشجع أردني يدعى سامر الخطيب، وهو طالب طب، إن المدرجات امتلأت، مضيفا: «لم أر جمهورا كهذا من قبل».', 'لم أر جمهورا كهذا من قبل', 'سامر الخطيب'],
      ['وقالت سيدة مسنة تدعى فاطمة العلي إن الحافلة تأخرت، مضيفة: «ننتظر هنا منذ الفجر».', 'ننتظر هنا منذ الفجر', 'فاطمة العلي'],
      ['وقال رجل يدعى نادر الحلبي للصحفيين: «خسرت متجري في ليلة واحدة».', 'خسرت متجري في ليلة واحدة', 'نادر الحلبي'],
    ],
    lead,
  );
});

describe('a past-tense form right after "وهو" describes the one named', () => {
  it('"وهو طالب" takes no sentence over', () => {
    const text = `${lead}وقال اللاعب كريم داود، وهو طالب جامعي، إن الفوز كان مستحقا، مضيفا: «نهديه لكل الجماهير».`;
    expect(speakerOf(text, 'نهديه لكل الجماهير')).toBe('كريم داود');
  });

  it('an imperfect verb after "وهو" is still a verb', () => {
    const text = `${lead}وخرج اللاعب كريم داود من الملعب وهو يقول: «هذا أجمل يوم في حياتي».`;
    expect(speakerOf(text, 'هذا أجمل يوم في حياتي')).toBe('كريم داود');
  });
});
