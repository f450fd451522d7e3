// Persons of unseen text (issue 9, persons11). Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { unknownNames } from './support/speaking';
import { analyze } from '../../src/core';

describe('a place named in a role\'s complement, then a second role and the person: "مدير مستشفى X Y الطبيب Z W"', () => {
  const cases: Array<[string, string]> = [
    ['وأفاد مدير مستشفى كفر نبل الطبيب وائل السراج بأن الجرحى نقلوا شمالا.', 'وائل السراج'],
    ['وقال رئيس بلدية بيت حانون المهندس نادر الكفارنة إن المياه مقطوعة منذ أسبوع.', 'نادر الكفارنة'],
    ['وذكر مدير مدرسة تل رفعت الأستاذ جميل الحسون أن الصفوف أغلقت.', 'جميل الحسون'],
    ['وأكد مدير مخيم دير بلوط الشيخ صالح العبيد أن الخيام لا تكفي.', 'صالح العبيد'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}, and no person in the place`, () => {
      expect(unknownNames(text)).toEqual([name]);
    });
  }
});

describe('a known person\'s name right after a venue noun names the place: "طريق ترامب", "مطار الملك خالد"', () => {
  const idsOf = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);
  it('takes no mention of the person from the place', () => {
    for (const text of [
      'وافتتحت السلطات أمس المرحلة الأولى من طريق ترامب الذي يصل بين المدينتين.',
      'وهبطت الطائرة في مطار زيلينسكي الجديد بعد ساعة من التأخير.',
      'ونقل الجرحى إلى مستشفى بوتين العسكري في ضواحي العاصمة.',
    ]) {
      const ids = idsOf(text);
      expect(ids.filter((id) => ['donald-trump', 'volodymyr-zelensky', 'vladimir-putin'].includes(id ?? '')), text).toEqual([]);
    }
  });
  it('keeps the person after "عن طريق" (through) and after a venue noun that is not in construct', () => {
    expect(idsOf('ووصلت الرسالة إلى كييف عن طريق ترامب نفسه قبل يومين.')).toContain('donald-trump');
    expect(idsOf('وقال في المطار ترامب إن المفاوضات ستستمر.')).toContain('donald-trump');
  });
});

describe('a given name, then و on a verb of hers, then a pronoun after a preposition: no two-word name', () => {
  const cases: Array<[string, string]> = [
    ['تحمل صورة رامي وتمسح عنها الغبار كل صباح.', 'رامي'],
    ['تنظر إلى صورة مازن وتبكي عليه بصمت.', 'مازن'],
    ['ترفع هاتفها وتري صورة كنان وتحكي عنه للزوار.', 'كنان'],
    ['تضم الأم صورة ماهر وتبكي، ثم تعيدها إلى الحقيبة.', 'ماهر'],
    ['تتأمل صورة فادي وتضحك: كان يحب البحر.', 'فادي'],
  ];
  for (const [text, child] of cases) {
    it(`takes no verb into a name after ${child}`, () => {
      expect(unknownNames(text).filter((n) => n.startsWith(child) && n !== child)).toEqual([]);
    });
  }
  it('takes no preposition with a pronoun into a name after a role', () => {
    for (const text of ['كل من يحترم القانون المحلي مرحب به هنا.', 'من يقبل بالمواطنة الكاملة مرحب بها في البلد.', 'وقال المتطوع القادم إليه بعد الظهر إن الطريق مغلق.']) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });
});

describe('a capital named as a place closes a role\'s complement: "الباحث في مركز X في تبليسي Y Z"', () => {
  const cases: Array<[string, string]> = [
    ['وقال الباحث في معهد الدراسات الاستراتيجية في تبليسي تاماز كوبيدزه لمراسلنا إن الطريق طويل.', 'تاماز كوبيدزه'],
    ['وأوضحت الأستاذة في جامعة العلوم في باكو نرمين حسنلي لمراسلنا أن الطلاب عادوا.', 'نرمين حسنلي'],
    ['ورأى المحلل في مركز الدراسات الإقليمية في يريفان آرتاك مانوكيان أن التهدئة هشة.', 'آرتاك مانوكيان'],
    ['وقالت الخبيرة في المعهد الأوكراني للسياسات في كييف أوكسانا ليتفينينكو لمراسلنا إن العقوبات ستستمر.', 'أوكسانا ليتفينينكو'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toEqual([name]);
    });
  }
});
