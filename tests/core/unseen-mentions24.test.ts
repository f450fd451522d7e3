// Mentions of unseen text (issue 9, read on blind33): on a page about no conflict, a country after a delegation
// and من ("وزراء من جورجيا", "وفدان من قطر") is the state that sends them, an actor, where other places after من
// stay places; a family name opened by "أبو" that a known person bears, after another given name, is another
// person's; names end before "حصلت", "قولها" and start after "يقف"; an ombudsman's title is no name.
// Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const analysis = (text: string) => analyze(text, { stopEarly: false });
const statesOf = (text: string): string[] => analysis(text).actors.filter((a) => a.type === 'state').map((a) => a.id ?? a.name.ar);
const personsOf = (text: string): string[] => analysis(text).actors.filter((a) => a.type === 'person').map((a) => a.id ?? a.mentions[0]!.surface);

describe('a page about no conflict: a country that sends a delegation is an actor', () => {
  const sent: Array<[string, string[]]> = [
    ['وافتتح المعرض الزراعي أمس بمشاركة وزراء من جورجيا ورومانيا، وقالت المنظمة إن الصفقات فاقت التوقعات.', ['georgia', 'romania']],
    ['وحضر المنتدى الاقتصادي وفدان من قطر وتركيا بصفة ضيفين، إلى جانب رجال أعمال من المنطقة.', ['qatar', 'turkey']],
    ['وتحدث في الجلسة الختامية للمؤتمر العلمي دبلوماسيون من المجر عن برامج المنح للطلاب.', ['hungary']],
    ['ووصل إلى المعرض التجاري وفد من الكويت يضم رجال أعمال ومسؤولين في غرفة التجارة.', ['kuwait']],
  ];
  for (const [text, kept] of sent) {
    it(kept.join(', '), () => {
      const found = statesOf(text);
      for (const id of kept) expect(found).toContain(id);
    });
  }
  it('guests, goods and teams from a country are still only a place', () => {
    const text = 'وافتتح المعرض الزراعي أمس بحضور ضيوف من مصر وتونس، وعرضت فيه منتجات من المغرب، وقالت المنظمة إن الإقبال كبير.';
    const found = statesOf(text);
    for (const id of ['egypt', 'tunisia', 'morocco']) expect(found).not.toContain(id);
  });
});

describe('a known family name opened by "أبو" after another given name is another person', () => {
  const cases: Array<[string, string]> = [
    ['وقالت المعلمة رنا أبو سلمية إن الأطفال يسألون عن مدارسهم كل صباح.', 'رنا أبو سلمية'],
    ['ويقول الصياد كريم أبو سلمية إن القوارب لم تبحر منذ شهر.', 'كريم أبو سلمية'],
  ];
  for (const [text, person] of cases) {
    it(person, () => {
      const found = personsOf(text);
      expect(found).toContain(person);
      expect(found).not.toContain('mohammed-abu-salmiya');
    });
  }
  it('the family name alone later in the text is hers, not the known person\'s', () => {
    const text = 'وقالت المعلمة رنا أبو سلمية إن الأطفال يسألون عن مدارسهم. وتضيف أبو سلمية أن الفصول صارت خياما.';
    const rana = analysis(text).actors.find((a) => a.mentions[0]?.surface === 'رنا أبو سلمية');
    expect(rana?.mentions.map((m) => m.surface)).toEqual(['رنا أبو سلمية', 'أبو سلمية']);
    expect(personsOf(text)).not.toContain('mohammed-abu-salmiya');
  });
  it('the known person named in full, or by his family name alone, is still he', () => {
    expect(personsOf('وقال مدير المستشفى محمد أبو سلمية إن الأسرة امتلأت.')).toContain('mohammed-abu-salmiya');
    expect(personsOf('وقال أبو سلمية إن الأسرة امتلأت منذ الفجر.')).toContain('mohammed-abu-salmiya');
  });
});

describe('where a name ends and starts', () => {
  const cases: Array<[string, string]> = [
    ['وكانت الزائرة سائحة إيطالية تدعى فرانشيسكا روسي حصلت على تذكرة مجانية وجولة خاصة.', 'فرانشيسكا روسي'],
    ['وفي المسابقة الأخيرة، كان المتسابق شابا يدعى ماركو بيانكي فاز بالجائزة الأولى.', 'ماركو بيانكي'],
    ['ونقلت الإذاعة عن وزيرة الصحة في جورجيا نينو لومدزه قولها إن المستشفيات جاهزة.', 'نينو لومدزه'],
    ['وفي باحة المستشفى الميداني الذي أقيم على عجل قبل شهرين قرب الحدود الشمالية، يقف حسان الخطيب منتظرا دوره.', 'حسان الخطيب'],
  ];
  for (const [text, person] of cases) it(person, () => expect(personsOf(text)).toContain(person));
  it('an ombudsman\'s title is no person', () => {
    const found = personsOf('وقال أمين المظالم في البلاد إن الشكاوى تضاعفت هذا العام.');
    expect(found.some((p) => p.includes('المظالم'))).toBe(false);
  });
});
