// A person or a body named once in full and elsewhere short is one actor: "نبيل
// الشرعبي" in a headline and "نبيل عبده الشرعبي" in the story (the father's
// name dropped), "نقابة الصيادلة" after "نقابة الصيادلة والأطباء البيطريين".
// Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { longerNames } from '../../src/core/persons/longer-names';
import { direct, personMentions } from './support/speaking';

const bodies = (text: string): string[][] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'organization' && a.id === null)
    .map((a) => a.mentions.map((m) => m.surface));

describe('a name with its middle left out is the same person', () => {
  it.each([
    ['الباحث سامر الزعبي: "الهدنة هشة"\n\nقال الباحث سامر يوسف الزعبي، أستاذ العلوم السياسية، إن الهدنة "هشة وقابلة للانهيار في أي لحظة".', 'سامر يوسف الزعبي', 'سامر الزعبي'],
    ['الطبيبة رزان الحلبي: "الأدوية نفدت"\n\nتقول الطبيبة رزان حسن الحلبي، وهي جراحة في مستشفى المدينة، إن "الأدوية نفدت منذ أسبوعين".', 'رزان حسن الحلبي', 'رزان الحلبي'],
    ['يقول المهندس خالد سعيد بن عمرو إن الشبكة انهارت. ويضيف خالد بن عمرو أن الإصلاح يحتاج أشهرا.', 'خالد سعيد بن عمرو', 'خالد بن عمرو'],
  ])('%s', (text, full, short) => {
    const person = personMentions(text).find((surfaces) => surfaces.includes(full));
    expect(person).toContain(short);
  });

  it('two longer names that both fit leave the short one apart', () => {
    const merged = longerNames(new Set(['سامر يوسف الزعبي', 'سامر نبيل الزعبي', 'سامر الزعبي']));
    expect(merged.has('?:سامر الزعبي')).toBe(false);
    expect(longerNames(new Set(['سامر يوسف الزعبي', 'سامر الزعبي'])).get('?:سامر الزعبي')).toBe('?:سامر يوسف الزعبي');
  });
});

describe('a body named short, without the second noun of its name, is the same body', () => {
  it('"نقابة الصيادلة" after "نقابة الصيادلة والأطباء البيطريين"', () => {
    const text = 'وطالبت نقابة الصيادلة والأطباء البيطريين في حمص بفتح المستودعات. وقالت نقابة الصيادلة في بيان إن الأدوية نفدت من الصيدليات.';
    expect(bodies(text).find((surfaces) => surfaces.includes('نقابة الصيادلة'))).toHaveLength(2);
  });
});

describe('a document named before speaks on ("وجاء فيه:", "جاء في نشرة …")', () => {
  it.each([
    ['ونشرت منظمة أطباء بلا حدود تقريرها الفصلي عن العيادات. وجاء فيه: "نصف العيادات أغلقت أبوابها منذ الربيع".', 'نصف العيادات أغلقت أبوابها منذ الربيع', 'منظمة أطباء بلا حدود'],
    ['وأصدرت منظمة الصحة العالمية بيانها الأسبوعي عن الكوليرا.\n\nوجاء فيه: "الإصابات تضاعفت في المخيمات خلال أسبوعين".', 'الإصابات تضاعفت في المخيمات خلال أسبوعين', 'منظمة الصحة العالمية'],
    ['وجاء في نشرة منظمة الصحة العالمية صباح اليوم: "الحالات الجديدة تتركز في المخيمات الشمالية".', 'الحالات الجديدة تتركز في المخيمات الشمالية', 'منظمة الصحة العالمية'],
    ['وقال المتحدث باسم الجيش السوداني في تصريح مقتضب إن الهجوم صُد. وبثت قوات الدعم السريع تسجيلا مصورا قالت إنه يوثق دخول عناصرها إلى السوق. وجاء في البيان: "سيطرنا على المواقع كلها في الطرف الشرقي".', 'سيطرنا على المواقع كلها في الطرف الشرقي', 'قوات الدعم السريع'],
  ])('%s', (text, quote, speaker) => {
    expect(direct(text)).toContainEqual([quote, speaker]);
  });
});
