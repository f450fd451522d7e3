// A common noun with his pronoun ه, printed so and not with ة ("قاربه"،
// "منزله"، "بيته"), is no word of a name: "يصلح قاربه الذي …" is nobody, and
// "X Y منزله" ends at Y. Names printed with a final ه still are names. Texts of
// our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

describe('a verb and a possessed noun are nobody', () => {
  const JUNK: Array<[string, string]> = [
    ['وعلى الرصيف جلس العجوز يصلح قاربه الذي ثقبته الشظايا.', 'قاربه'],
    ['وفي الصباح خرج الرجل يتفقد منزله الذي تهدم نصفه.', 'منزله'],
    ['وظل الطبيب يراجع عمله الذي لم ينته بعد.', 'عمله'],
    ['ووقف الفلاح يرمم بيته الذي صدعته القذائف.', 'بيته'],
    ['وكان الصبي يحمل طفله الذي ولد في الخيمة.', 'طفله'],
  ];
  for (const [text, noun] of JUNK) {
    it(`no person holds «${noun}»`, () => {
      expect(personNames(text).some((name) => name.includes(noun))).toBe(false);
    });
  }
});

describe('names printed with a final ه', () => {
  const NAMES: Array<[string, string]> = [
    ['وقال المهندس نبيه الشامي إن المضخات توقفت.', 'نبيه الشامي'],
    ['وقال الطبيب وجيه العطار إن المستشفى بلا وقود.', 'وجيه العطار'],
    ['وقالت المعلمة سهى الفقيه إن المدرسة أغلقت أبوابها.', 'سهى الفقيه'],
    ['وقال المزارع طه الحمدان إن المحصول احترق.', 'طه الحمدان'],
    ['وقال المحامي رامي عبد الله إن الجلسة تأجلت.', 'رامي عبد الله'],
  ];
  for (const [text, name] of NAMES) {
    it(`${name} is found`, () => {
      expect(personNames(text)).toContain(name);
    });
  }
});
