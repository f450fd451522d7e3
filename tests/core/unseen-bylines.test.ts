// A reporter's byline names no actor of the story: "المدينة – الاسم" under the
// headline, "كتبت: الاسم", "بقلم: د. الاسم", "إعداد: الاسم – القسم". The story's
// own persons are still found, a headline with a dash keeps its names, and a
// reporter who is also quoted in the story keeps those mentions. Texts of our
// own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { personNames } from './support/speaking';

const BODY = 'وقال المزارع فارس نجيب الأحمد، البالغ 47 عاما، إن الأرض لم تعد تكفي لإطعام أسرته بعد أن جفت البئر.';

/** Every surface of a person found in the text. */
const personSurfaces = (text: string): string[] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'person')
    .flatMap((a) => a.mentions.map((m) => m.surface));

describe('a name on a byline is no actor', () => {
  const BYLINES: Array<[string, string]> = [
    ['حلب – جود سامر الحكيم', 'جود سامر الحكيم'],
    ['دير الزور (سوريا) – وائل منير الدباغ', 'وائل منير الدباغ'],
    ['كتبت: نسرين عادل الزعبي', 'نسرين عادل الزعبي'],
    ['الفاشر – كتب: معتز حامد كمبال', 'معتز حامد كمبال'],
    ['بقلم: د. غسان رياض الحلبي', 'غسان رياض الحلبي'],
    ['إعداد: سهى وليد الكرمي – قسم التحقق', 'سهى وليد الكرمي'],
    ['عدن – متابعة: أنور صالح باحميش', 'أنور صالح باحميش'],
    ['تحقيق: رهف ماجد الشهري', 'رهف ماجد الشهري'],
    ['خاركيف – لبنى حسام الدين القاسم وطارق زياد عمران', 'طارق زياد عمران'],
    ['أجرى الحوار: مازن فريد العطار', 'مازن فريد العطار'],
    ['أجرت الحوار: سوسن مروان الخطيب', 'سوسن مروان الخطيب'],
    ['موسكو – من مراسلنا سامر عادل الحوراني', 'سامر عادل الحوراني'],
    ['تعز – من مراسلتنا هيفاء ناصر المقطري', 'هيفاء ناصر المقطري'],
    ['(تغطية صحفية: رامي نبيل القدسي)', 'رامي نبيل القدسي'],
  ];
  for (const [byline, name] of BYLINES) {
    it(`«${byline}»`, () => {
      const text = `مزارعو الريف يواجهون موسما بلا مطر\n\n${byline}\n\n${BODY}`;
      const names = personSurfaces(text);
      expect(names.some((n) => n.includes(name.split(' ').at(-1)!))).toBe(false);
      expect(names).toContain('فارس نجيب الأحمد');
    });
  }

  describe('a wire footer names its reporters and editors, one after each label', () => {
    it.each([
      ['(تغطية صحفية: رامي نبيل القدسي - إعداد: منار خليل البنا للنشرة العربية)', ['القدسي', 'البنا']],
      ['(تغطية عماد سليم الحلو - إعداد سلمى حسين الجابري للنشرة العربية)', ['الحلو', 'الجابري']],
      ['(إعداد: ياسر كمال الدوري للنشرة العربية - تحرير: نادين سامي حداد)', ['الدوري', 'حداد']],
    ])('«%s»', (footer, surnames) => {
      const names = personSurfaces(`مزارعو الريف يواجهون موسما بلا مطر\n\n${BODY}\n\n${footer}`);
      for (const surname of surnames) expect(names.some((n) => n.includes(surname))).toBe(false);
      expect(names).toContain('فارس نجيب الأحمد');
    });
  });

  it('the same names in the story are found (the rule drops bylines, not names)', () => {
    for (const [, name] of BYLINES.slice(0, 4)) {
      expect(personNames(`وقال ${name} للصحفيين إن القصف لم يتوقف منذ الفجر، وإن السكان ينامون في الأقبية.`)).toContain(name);
    }
  });
});

describe('lines that only look like bylines keep their names', () => {
  it('a headline with a dash and a sentence after it', () => {
    const text = `حمص – المزارع فادي سليم النجار يعيد فتح ورشته بعد عامين\n\n${BODY}`;
    expect(personSurfaces(text).some((n) => n.includes('النجار'))).toBe(true);
  });

  it('a short line that opens a quote ("وكتب X:")', () => {
    const text = `الناشطون يوثقون الانتهاكات على مواقع التواصل\n\nوكتب الناشط باسل عمر الشامي:\n\n"لن نسكت عن قصف المدارس بعد اليوم."`;
    expect(personSurfaces(text).some((n) => n.includes('الشامي'))).toBe(true);
  });

  it('a reporter quoted in the story keeps the story\'s mentions', () => {
    const text = `ليلة طويلة في الملاجئ\n\nزابوريجيا – ياسمين خالد العمري\n\n${BODY}\n\nوتقول ياسمين خالد العمري، مراسلتنا التي أمضت الليلة في الملجأ، إن الصافرات لم تهدأ.`;
    const surfaces = personSurfaces(text);
    expect(surfaces.filter((s) => s === 'ياسمين خالد العمري')).toHaveLength(1);
    const reporter = text.lastIndexOf('ياسمين خالد العمري');
    const found = analyze(text, { stopEarly: false }).actors.flatMap((a) => a.mentions);
    expect(found.some((m) => m.start === reporter)).toBe(true);
  });
});

describe('a city that may stand for a government is no person', () => {
  it.each([
    'وتحدثت مسؤولة الجمعية في بلدية رام الله، هالة سمير الأعرج، عن خوف المزارعين من الطرق.',
    'ووصل الوفد إلى رام الله، حيث التقى ممثلين عن المزارعين.',
  ])('%s', (text) => {
    expect(personSurfaces(text)).not.toContain('رام الله');
  });
});
