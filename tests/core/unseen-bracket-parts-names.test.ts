// A bracket parts two names: a body's acronym in brackets ("(أنامى)", "(ANAMA)") is no
// first name of the person after it, but the end of the body a role's complement names. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

const persons = personNames;

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

  it('an acronym in Latin letters, after a long complement, then the name', () => {
    for (const [text, name] of [
      ['قال رئيس مجلس إدارة الشركة الوطنية السودانية للخدمات المتعلقة بالموانئ (SPC) عمر الأمين إن العمل يتقدم.', 'عمر الأمين'],
      ['وأوضح مدير مكتب المنظمة الدولية للهجرة (IOM) في المدينة سامر حداد أن العائلات بدأت تعود.', 'سامر حداد'],
      ['وقالت رئيسة الجمعية الأهلية لرعاية الأيتام (ACO) منى الصباغ إن التبرعات تراجعت.', 'منى الصباغ'],
    ] as const) {
      expect(persons(text)).toContain(name);
    }
  });
});
