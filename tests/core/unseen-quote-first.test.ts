// Pattern C: the quote first, then "بهذه الكلمات" and a verb that is speech only
// there ("افتتح", "اختتم", "استهل"), its subject the speaker; the name ends before
// the verb's definite object ("الجلسة", "الاجتماع").
import { describe, expect, it } from 'vitest';
import { direct, unknownNames } from './support/speaking';

const LEAD = 'تواصلت المفاوضات بين الطرفين في العاصمة لليوم الثالث وسط ترقب واسع.\n\n';

describe('quote first, then بهذه الكلمات and the speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['"لن نقبل بأقل من انسحاب كامل"، بهذه الكلمات افتتح رئيس الوفد المفاوض طارق سليمان الجلسة.', 'طارق سليمان', 'لن نقبل بأقل من انسحاب كامل'],
    ['«لن نوقع على أي اتفاق ناقص»، بهذه العبارة افتتحت رئيسة اللجنة سعاد يوسف الاجتماع.', 'سعاد يوسف', 'لن نوقع على أي اتفاق ناقص'],
    ['“السلام يحتاج إلى شجاعة من الجميع”، بهذه الكلمات اختتم المبعوث الخاص جميل حداد المؤتمر.', 'جميل حداد', 'السلام يحتاج إلى شجاعة من الجميع'],
    ['‹‹نريد أن يعود النازحون إلى بيوتهم››، بهذه الكلمات استهلت الوزيرة رنا الأيوبي اللقاء.', 'رنا الأيوبي', 'نريد أن يعود النازحون إلى بيوتهم'],
  ];
  for (const [sentence, speaker, quote] of cases) {
    it(sentence.slice(0, 40), () => {
      const text = LEAD + sentence;
      expect(direct(text)).toEqual([[quote, speaker]]);
      expect(unknownNames(text)).toEqual([speaker]);
    });
  }

  it('without a quote before it, افتتح is no speech verb', () => {
    const text = `${LEAD}وافتتح رئيس البلدية سامي نعمان الاجتماع الطارئ للمجلس. وقال إن "العمل سيستمر في بقية الطرق".`;
    expect(direct(text)).toEqual([['العمل سيستمر في بقية الطرق', 'سامي نعمان']]);
  });
});
