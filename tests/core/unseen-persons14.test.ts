// Persons of unseen text (issue 9, persons14): a given name that is a common word, alone after a role, names
// the person found with it in full; a given name alone between a verb (or "أما") and an apposition that
// says who the person is names a person. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions } from './support/speaking';

describe('"لاعب الوسط كرم": a common word given name right after a role is the person named with it in full', () => {
  const cases: Array<[string, string[]]> = [
    ['وافتتح المهاجم سعيد الحداد التسجيل في الدقيقة العاشرة. وأشار المهاجم سعيد إلى أن الفريق لعب تحت ضغط.', ['سعيد الحداد', 'سعيد']],
    ['وفي العيادة، تحدثت الممرضة آمنة يوسف عن نقص الأدوية. وقالت الممرضة آمنة إن الطاقم يعمل بلا توقف.', ['آمنة يوسف', 'آمنة']],
    ['والتقينا المعلمة أمل الخطيب في مدرستها المدمرة. وتقول المعلمة أمل إن نصف التلاميذ غادروا.', ['أمل الخطيب', 'أمل']],
  ];
  for (const [text, mentions] of cases) it(mentions[0]!, () => expect(personMentions(text, true)).toEqual([mentions]));
  it('the common word after a noun that is no role stays a word', () => {
    const text = 'وتحدثت الممرضة آمنة يوسف عن نقص الأدوية، وطالبت بممرات آمنة للجرحى.';
    expect(personMentions(text, true)).toEqual([['آمنة يوسف']]);
  });
});

describe('a given name alone between a verb or "أما" and an apposition that says who it is', () => {
  const cases: Array<[string, string]> = [
    ['وعند الحاجز كانت هبة، وهي ممرضة في الثلاثين، تنتظر دورها منذ الفجر.', 'هبة'],
    ['أما سعيد، الشاب الذي فقد عمله في الميناء، فيبيع الخبز على الرصيف.', 'سعيد'],
    ['وفي حي الزيتون، كانت سمر، وهي طالبة تمريض، تساعد جيرانها في رفع الركام.', 'سمر'],
    ['ويجلس وليد، وهو أب لثلاثة أطفال، أمام خيمته كل صباح.', 'وليد'],
  ];
  for (const [text, name] of cases) it(name, () => expect(personMentions(text, true)).toEqual([[name]]));
  const none: string[] = [
    'وتبقى سلام، وهي قرية صغيرة على الحدود، بلا كهرباء منذ أشهر.',
    'وقال إن الأمل، وهو ما تبقى للناس، لن يموت.',
    'فقدنا كل أمل، وهو أمر مؤلم بعد كل هذه السنوات.',
    'وفي نهاية اليوم يعود نور، وهي الكهرباء التي ينتظرها الجميع، لساعتين فقط.',
  ];
  for (const text of none) it(`none: ${text.slice(0, 24)}`, () => expect(personMentions(text, true)).toEqual([]));
});
