// A given name of ours printed with tanween ("ليالٍ", "نضالاً") is an
// indefinite common noun, no person; printed plain it is still a name. Texts of
// our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

describe('a given name printed with tanween is a common noun', () => {
  const JUNK: Array<[string, string]> = [
    ['وقضت العائلات ليالٍ تحت المطر قبل أن تصل الخيام.', 'ليال'],
    ['وأمضى الأطفال ليالٍ طويلة في الملاجئ دون كهرباء.', 'ليال'],
    ['وخاض السكان نضالاً طويلاً من أجل العودة إلى بيوتهم.', 'نضال'],
    ['وقدمت البلدية سلاماً رمزياً للضيوف عند مدخل المدينة.', 'سلام'],
    ['ورفع المتظاهرون شعاراً واحداً وجهاداً مدنياً ضد الفساد.', 'جهاد'],
  ];
  for (const [text, word] of JUNK) {
    it(`«${word}» with tanween is nobody: ${text.slice(0, 24)}…`, () => {
      expect(personNames(text).some((name) => name.includes(word))).toBe(false);
    });
  }
});

describe('the same given names printed plain', () => {
  const NAMES: Array<[string, string]> = [
    ['وتقول ليال الخطيب إن الخيام لم تصل بعد.', 'ليال الخطيب'],
    ['ويقول نضال العمري إن الطريق مقطوع منذ أسبوع.', 'نضال العمري'],
    ['وتجلس ليال الحسن قرب الموقد كل مساء.', 'ليال الحسن'],
  ];
  for (const [text, name] of NAMES) {
    it(`${name} is found`, () => {
      expect(personNames(text)).toContain(name);
    });
  }
});
