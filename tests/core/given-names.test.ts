// Ordinary people in conflict stories, found by their given name
// (data/given-names.json, src/core/persons/rules/given-name.ts), and their
// quotes. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { givenNamesFrom } from '../../src/core/lexicon/given-names';
import { direct, unknownNames } from './support/speaking';

const persons = (text: string) => analyze(text, { stopEarly: false }).actors.filter((a) => a.id === null);
const surfacesOf = (text: string, name: string): string[] =>
  persons(text)
    .find((a) => a.name.ar === name)
    ?.mentions.map((m) => m.surface) ?? [];

describe('a given name and a family name make a person', () => {
  const cases: Array<[string, string]> = [
    ['تجلس منى الحداد أمام خيمتها في دير البلح وتعجن الطحين.', 'منى الحداد'],
    ['يدفع كمال العويني عربة الماء كل صباح إلى آخر المخيم.', 'كمال العويني'],
    ['وصل إبراهيم قنديل إلى المعبر بعد رحلة استمرت ثلاثة أيام.', 'إبراهيم قنديل'],
    ['تعلق زينب الفاضلي صورة ابنها على عمود الخيمة.', 'زينب الفاضلي'],
    ['ويحمل ياسين الشرعبي شباكه الممزقة إلى القارب.', 'ياسين الشرعبي'],
    ['هاسميك غريغوريان، معلمة في مدرسة القرية، تعد الدروس على ضوء شمعة.', 'هاسميك غريغوريان'],
    ['أوليغ بوندار، وهو سائق حافلة سابق، ينقل الجرحى من الجبهة.', 'أوليغ بوندار'],
    ['فر آدم هارون مع أطفاله الخمسة من الفاشر سيرا على الأقدام.', 'آدم هارون'],
    ['شيروان حسو، مزارع من ريف القامشلي، خسر محصوله هذا العام.', 'شيروان حسو'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toContain(name);
    });
  }

  it('reads a longer name where the scan can ("علي حسن مقبول")', () => {
    expect(unknownNames('يجلس علي حسن مقبول قرب الميناء منذ الفجر.')).toContain('علي حسن مقبول');
  });
});

describe('a given name that is also a common word needs a person noun', () => {
  it('finds it after a person noun', () => {
    expect(unknownNames('وتذهب الطالبة أمل الشامي إلى خيمة الدرس كل صباح.')).toContain('أمل الشامي');
    expect(unknownNames('ويقف المزارع سعيد البنا أمام حقله المحروق.')).toContain('سعيد البنا');
  });

  it('takes a lone given name after a person noun', () => {
    expect(unknownNames('وكان الطفل يوسف يلعب قرب الخيمة حين بدأ القصف.')).toContain('يوسف');
  });

  it('takes no common word for a name without one', () => {
    for (const text of [
      'أمل كبير يراود السكان بعودة الكهرباء قريبا.',
      'نور الشمس لا يصل إلى الملجأ تحت الأرض.',
      'سعيد الحظ من وجد خيمة قبل الشتاء.',
      'سلام دائم هو ما يطلبه أهالي القرى الحدودية.',
    ]) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });
});

describe('what is not a person', () => {
  it('takes no preposition "على" for Ali', () => {
    expect(unknownNames('وقعت القذائف على حسن الجوار بين القريتين، وعلى الطريق الرئيسي.')).toEqual([]);
  });

  it('takes no body named after someone', () => {
    expect(unknownNames('وصل الجرحى إلى مستشفى خالد الحسن في المدينة.')).toEqual([]);
    expect(unknownNames('تحولت مدرسة عمر المختار إلى مركز إيواء.')).toEqual([]);
  });

  it('takes no noun with a possessive pronoun for a family name', () => {
    expect(unknownNames('لم يتجاوز محمد عمره العاشرة حين غادر البيت.')).toEqual([]);
  });
});

describe('later mentions by the given name alone', () => {
  it('are the same person', () => {
    const text = 'تجلس رزان القدرة قرب الموقد. وتقول رزان إن الحطب صار أغلى من الطعام.';
    expect(surfacesOf(text, 'رزان القدرة')).toEqual(['رزان القدرة', 'رزان']);
  });

  it('are never a given name that is a common word', () => {
    const text = 'وتقف الممرضة أمل الشامي عند باب العيادة. أمل الناس أن تفتح العيادة غدا.';
    expect(surfacesOf(text, 'أمل الشامي')).toEqual(['أمل الشامي']);
  });
});

describe('their quotes', () => {
  it('go to the person the sentence introduced', () => {
    const text = 'تجلس رزان القدرة قرب الموقد وتقول: "الحطب صار أغلى من الطعام".';
    expect(direct(text)).toEqual([['الحطب صار أغلى من الطعام', 'رزان القدرة']]);
  });

  it('go by the verb\'s gender to the woman or the man introduced', () => {
    const text = [
      'في المخيم، يصلح حسين البدري سقف خيمته، بينما تطبخ سعاد الكحلوت على نار الحطب.',
      'تقول سعاد: "لم يبق لدينا سوى العدس".',
      'ويقول حسين: "المطر سيعود الليلة ولا نملك غطاء".',
    ].join('\n\n');
    expect(direct(text)).toEqual([
      ['لم يبق لدينا سوى العدس', 'سعاد'],
      ['المطر سيعود الليلة ولا نملك غطاء', 'حسين'],
    ]);
  });
});

describe('the given-names data', () => {
  it('gives each name its gender, none when given to both', () => {
    const names = givenNamesFrom({ female: ['سعاد', 'كارين'], male: ['حسين', 'كارين'], commonWords: [] });
    const match = (word: string) => names.names.longestAt([{ text: word, start: 0, end: word.length, joinsNext: false } as never], 0)?.values[0];
    expect(match('سعاد')?.gender).toBe('f');
    expect(match('حسين')?.gender).toBe('m');
    expect(match('كارين')?.gender).toBeUndefined();
  });
});

describe('names that end like a pronoun', () => {
  it('keeps "عبد الله" in a family name and starts no name at a father\'s name', () => {
    expect(unknownNames('تطبخ مريم عبد الله الطعام لأطفال الحي.')).toContain('مريم عبد الله');
    expect(unknownNames('يرتب سعيد عبد الله أكياس الطحين في المخزن.')).not.toContain('عبد الله أكياس الطحين');
  });
});

describe('kin and neighbours with a pronoun stand before a name like a person noun', () => {
  const cases: Array<[string, string]> = [
    ['وتقول ابنته هالة إن المدرسة أغلقت أبوابها منذ الشتاء.', 'هالة'],
    ['ويقف جاره منصور عند الباب ويعد أكياس الطحين.', 'منصور'],
    ['وكانت صديقتها سلمى قد غادرت المخيم قبل أسبوع.', 'سلمى'],
    ['ويروي شقيقه فراس أن القارب غرق قرب الشاطئ.', 'فراس'],
    ['وقالت زوجته رقية إن الأولاد ينامون باكرا منذ انقطاع الكهرباء.', 'رقية'],
    ['ويعمل ابنها طارق في ورشة لإصلاح الدراجات.', 'طارق'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}, not the kin word with it`, () => {
      const names = unknownNames(text);
      expect(names).toContain(name);
      expect(names.some((n) => n !== name && n.endsWith(name))).toBe(false);
    });
  }

  it('gives the neighbour his own words, not those of the man named before', () => {
    const text = 'جلس الصياد مراد الحمادي قرب قاربه وقال: "البحر لم يعد آمنا". أما جاره منصور فيقول: "نخرج قبل الفجر ونعود قبل الظهر".';
    expect(direct(text)).toEqual([
      ['البحر لم يعد آمنا', 'مراد الحمادي'],
      ['نخرج قبل الفجر ونعود قبل الظهر', 'منصور'],
    ]);
  });
});
