// A role with a complement in construct ("خبير نزع الألغام"، "منسقة شؤون
// النازحين") then a name; a name spelled with a hamza under its alef
// ("إلتشين"، "إلميرا") is no definite noun of the complement. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

const persons = personNames;

describe('a role, its complement in construct, then the name', () => {
  const CASES: Array<[string, string]> = [
    ['وقال خبير نزع الألغام إلتشين قاراييف إن الحقول ما زالت خطرة.', 'إلتشين قاراييف'],
    ['وقال خبير الألغام إلتشين قاراييف إن الحقول ما زالت خطرة.', 'إلتشين قاراييف'],
    ['وقالت منسقة الإغاثة إلميرا حسنوفا إن الشاحنات وصلت متأخرة.', 'إلميرا حسنوفا'],
    ['وأوضح خبير سلامة الأغذية مهيار الصبري أن المخزون يكفي شهرا.', 'مهيار الصبري'],
    ['وأكدت خبيرة نزع الألغام سناء داود أن فرقها طهرت ثلاث قرى.', 'سناء داود'],
  ];
  for (const [text, name] of CASES) {
    it(name, () => {
      expect(persons(text)).toContain(name);
    });
  }

  it('a definite noun of the complement is still no name', () => {
    expect(persons('وقال خبير الألغام الأذربيجاني إن الحقول ما زالت خطرة.')).toEqual([]);
  });

  it('a verb and its plural object after a role are no name ("سائق الشاحنة يقضي ساعات")', () => {
    for (const text of [
      'وكان سائق الشاحنة يقضي ساعات في الطابور.',
      'وبات صاحب المولدة يقضي ساعات في إصلاحها كل يوم.',
      'وما زال ممرض قسم الطوارئ يتلقى اتصالات من الأهالي طوال الليل.',
      'وظل مدير المدرسة يجمع تبرعات لإصلاح السقف.',
    ]) {
      expect(persons(text)).toEqual([]);
    }
  });
});

describe('a compound given name whose second word is also a title ("عبد الملك", "عبد الرقيب")', () => {
  for (const [text, name] of [
    ['وقال النازح عبد الرقيب الوصابي إن الصهريج يتأخر أياما.', 'عبد الرقيب الوصابي'],
    ['وقال المزارع عبد الأمير الساعدي إن المياه شحيحة هذا الموسم.', 'عبد الأمير الساعدي'],
    ['ويعمل الصياد عبد الملك الحكيمي منذ الفجر في المرفأ.', 'عبد الملك الحكيمي'],
  ] as const) {
    it(name, () => {
      expect(persons(text)).toContain(name);
    });
  }
});
