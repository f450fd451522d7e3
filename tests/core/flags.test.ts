// A state named as the flag a ship or a crowd flies ("سفينة ترفع علم ليبيريا") is no actor there, on any page;
// the same state named as itself in the same text stays one. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const stateMentions = (text: string, id: string): string[] =>
  analyze(text, { stopEarly: false }).actors.filter((a) => a.id === id).flatMap((a) => a.mentions.map((m) => text.slice(m.start, m.end)));

describe('a flag names no actor', () => {
  it('a ship flying a flag in a Yemen story', () => {
    const text = 'أعلنت جماعة الحوثي استهداف سفينة شحن ترفع علم قبرص قبالة الحديدة، وقال المتحدث العسكري للجماعة يحيى سريع إن العملية نجحت، فيما دانت الحكومة اليمنية الهجوم.';
    expect(stateMentions(text, 'cyprus')).toEqual([]);
  });
  it('a tanker under a flag in a Red Sea story', () => {
    const text = 'تعرضت ناقلة نفط ترفع علم اليونان لهجوم بطائرة مسيرة في البحر الأحمر، وقالت هيئة بحرية بريطانية إن الطاقم بخير، واتهمت الحكومة اليمنية الحوثيين بالهجوم.';
    expect(stateMentions(text, 'greece')).toEqual([]);
  });
  it('a crowd waving flags, the state acting later in the text', () => {
    const text = 'تجمع مئات الأشخاص في ساحة الاستقلال رافعين أعلام أوكرانيا، فيما قالت أوكرانيا إن الدفاعات الجوية أسقطت عشرات المسيرات الروسية فوق كييف ليلا.';
    expect(stateMentions(text, 'ukraine').filter((m) => m === 'أوكرانيا')).toEqual(['أوكرانيا']);
  });
});
