// A bracket parts two names: a body's acronym in brackets ("(أنامى)") is no
// first name of the person after it. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const persons = (text: string) =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'person')
    .map((a) => a.mentions[0]!.surface);

describe('a bracketed acronym before a name', () => {
  const CASES: Array<[string, string]> = [
    ['وقال رئيس الوكالة الوطنية للألغام (أنامى) فوغار سليمانوف إن العمل طويل.', 'فوغار سليمانوف'],
    ['وقالت مديرة هيئة الإغاثة المحلية (هامل) سناء يوسف إن القوافل تأخرت.', 'سناء يوسف'],
    ['وأكد رئيس لجنة المفقودين (لجمف) سامر حداد أن البحث مستمر.', 'سامر حداد'],
  ];
  for (const [text, name] of CASES) {
    it(name, () => {
      const found = persons(text);
      expect(found).toContain(name);
      expect(found.some((p) => p.includes(')') || p.includes('('))).toBe(false);
    });
  }
});
