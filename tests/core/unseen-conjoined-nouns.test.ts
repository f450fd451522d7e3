// و on a common noun or on a body's head noun after a name-like word adds a
// second thing ("حي X ومخيم Y", "عربية وأجنبية"), it is no word of a name; a
// name word that begins with و ("وليد", "وفاء") still is. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

describe('a word joined on by و to a common noun is no name word', () => {
  const JUNK: Array<[string, string]> = [
    ['وتضررت المنازل في حي الشيخ سلمان ومخيم الزيتون جراء القصف الليلي.', 'ومخيم'],
    ['وتفقد المحافظ أسامة ومستشفى المدينة الذي استقبل الجرحى.', 'ومستشفى'],
    ['وأغلق المكتب الحكومي ولجنة الإغاثة أبوابهما أمام النازحين.', 'ولجنة'],
    ['ونقل الصحفي شهادات نازحة وعائلة من الحي الشرقي.', 'وعائلة'],
    ['ووصل المبعوث حماد ومكتب الأمم المتحدة إلى المدينة صباحا.', 'ومكتب'],
  ];
  for (const [text, word] of JUNK) {
    it(`no person holds «${word}»`, () => {
      expect(personNames(text).some((name) => name.includes(word))).toBe(false);
    });
  }
});

describe('name words that begin with و', () => {
  const NAMES: Array<[string, string]> = [
    ['وقال المهندس محمد وليد الخطيب إن المضخات توقفت.', 'محمد وليد الخطيب'],
    ['وقالت المعلمة سارة وفاء العلي إن المدرسة أغلقت.', 'سارة وفاء العلي'],
    ['وقال المتحدث عماد وهبة إن القافلة وصلت.', 'عماد وهبة'],
    ['وقال المزارع خالد وداعة إن الأرض عطشى.', 'خالد وداعة'],
    ['وقالت الطبيبة ريم وردة إن الأدوية نفدت.', 'ريم وردة'],
  ];
  for (const [text, name] of NAMES) {
    it(`${name} is found`, () => {
      expect(personNames(text)).toContain(name);
    });
  }
});
