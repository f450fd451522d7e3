// Mentions of unseen text (issue 9, mentions15): a group's one-word nisba name after a definite noun is an
// adjective; names that stand for an actor only in a text about its conflict (data/ambiguous.json); a role
// printed with a possessive pronoun; a kunya set off by an apposition. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { personMentions } from './support/speaking';

/** The words of each mention of the actor with this id. */
const mentionsOf = (text: string, id: string): string[] =>
  analyze(text, { stopEarly: false }).actors.find((a) => a.id === id)?.mentions.map((m) => m.surface) ?? [];

describe('a group\'s one-word nisba name right after a definite noun is its adjective', () => {
  const cases: Array<[string, string[]]> = [
    ['وذكرت مصادر أن الطيران المسير الحوثي أغار على مخازن الوقود، فيما تبنت جماعة الحوثي العملية.', ['جماعة الحوثي']],
    ['وتحدث التقرير عن الحصار الحوثي المفروض على المدينة منذ سنوات، وطالب جماعة الحوثي بفتح الطرق.', ['جماعة الحوثي']],
    ['وأعلنت جماعة الحوثي أن الوفد الحوثي وصل إلى مسقط، وقال الناطق باسم الحوثي إن المحادثات بدأت.', ['جماعة الحوثي', 'الحوثي']],
  ];
  for (const [text, mentions] of cases) it(mentions.join(' + '), () => expect(mentionsOf(text, 'houthis')).toEqual(mentions));
});

describe('a name that stands for an actor only where the text names others of its conflict', () => {
  it('"جيش الدفاع" in a text about Gaza', () => {
    const text = 'أعلن جيش الدفاع أنه قصف مواقع في غزة، فيما قالت حركة حماس إن القصف طال مدنيين، وأكدت السلطة الفلسطينية رفضها.';
    expect(mentionsOf(text, 'idf')).toEqual(['جيش الدفاع']);
  });
  it('"جيش الدفاع" in a text about something else', () => {
    expect(mentionsOf('وقال قائد جيش الدفاع الذاتي في الجزيرة إن التدريبات انتهت.', 'idf')).toEqual([]);
  });
  it('"لجان المقاومة" in a text about Sudan, and not alone', () => {
    const sudan = 'وقالت لجان المقاومة في أم درمان إن قوات الدعم السريع والجيش السوداني يواصلان القتال بين الأحياء.';
    expect(mentionsOf(sudan, 'sudanese-resistance-committees')).toEqual(['لجان المقاومة']);
    expect(mentionsOf('وقالت لجان المقاومة في بيان إن الحصار مستمر على القطاع.', 'sudanese-resistance-committees')).toEqual([]);
  });
});

describe('persons named after a role printed with a possessive pronoun, or a kunya set off by an apposition', () => {
  const cases: Array<[string, string]> = [
    ['وحققت الشركة أرباحا قياسية. وأوضح رئيسها التنفيذي أمين الفلاحي خلال منتدى اقتصادي أن الأرباح تضاعفت.', 'أمين الفلاحي'],
    ['وأطلقت الجمعية حملة جديدة، وقال رئيسها سامي القدسي إن الحملة تشمل ألف أسرة.', 'سامي القدسي'],
    ['في مخيم النازحين، تقف أم سعيد، وهي أرملة تجاوزت الستين، قرب نقطة توزيع الخبز.', 'أم سعيد'],
    ['وعند الفرن تنتظر أم جمال، وهي جدة لسبعة أحفاد، دورها منذ الفجر.', 'أم جمال'],
  ];
  for (const [text, name] of cases) it(name, () => expect(personMentions(text, true)).toEqual([[name]]));
  it('none: "أم" as "or" before an apposition that names no person', () => {
    expect(personMentions('هل هي حرب أم سلام، وهو سؤال يطرحه الجميع في المدينة؟', true)).toEqual([]);
  });
});

describe('a byline of a correspondent sent to the event', () => {
  it('"الكويت – موفد الموقع: X" names no actor of the story', () => {
    const text = 'المنتخب يفوز في المباراة الأولى\n\nالكويت – موفد الموقع: سامر أبو الهول\n\nحقق المنتخب فوزا مثيرا، وقال المدرب فؤاد الحكيم إن اللاعبين قدموا كل شيء.';
    expect(personMentions(text, true)).toEqual([['فؤاد الحكيم']]);
  });
});
