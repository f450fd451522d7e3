// A person introduced by a full name speaks later by the first word alone
// ("تقول سهى: ..."), also when that word is a common word (نور, أمل) or a
// foreign given name we do not list; the word alone elsewhere names no one.
// Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions as persons } from './support/persons';

describe('the first word of a name alone, next to a speech verb, is the same person', () => {
  const cases: Array<[string, string]> = [
    ['ويقول الأب غسان بدوي إن البيت تهدم. ويتابع غسان: "بنيناه بأيدينا".', 'غسان بدوي | غسان'],
    ['وتقول المعلمة أمل الساعدي إن المدرسة أغلقت. وتضيف أمل أن التلاميذ تفرقوا.', 'أمل الساعدي | أمل'],
    ['وقال المزارع كيفورك داديان إن المحصول احترق. ويؤكد كيفورك أن الأرض لن تعود.', 'كيفورك داديان | كيفورك'],
    ['وقالت الممرضة نور الحسيني إن الأدوية نفدت. "لا نملك شيئا"، قالت نور.', 'نور الحسيني | نور'],
  ];
  for (const [text, surfaces] of cases) {
    it(text.slice(0, 36), () => expect(persons(text)).toContain(surfaces));
  }

  it('the word alone with no speech verb beside it is no mention', () => {
    expect(persons('وقالت الممرضة نور الحسيني إن الأدوية نفدت. ومع أول نور للصباح وصلت القافلة.')).toEqual(['نور الحسيني']);
    expect(persons('وقالت المعلمة أمل الساعدي إن المدرسة أغلقت. ولا أمل في فتحها قريبا.')).toEqual(['أمل الساعدي']);
  });

  it('a first word two persons share names neither', () => {
    const text = 'وقال المزارع كيفورك داديان إن المحصول احترق. وقال الطبيب كيفورك آبيليان إن الجرحى كثر. ويؤكد كيفورك أن الوضع صعب.';
    expect(persons(text).sort()).toEqual(['كيفورك آبيليان', 'كيفورك داديان']);
  });
});
