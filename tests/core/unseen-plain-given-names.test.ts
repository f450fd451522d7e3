// Given names that no news sentence uses as a common word (فؤاد، هدى، فادي،
// سالم، ماجدة…) are names as soon as a family name follows, and name the
// person alone later; names that are also common words (أمل، نور، عادل) still
// need more evidence. data/given-names.json commonWords. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions } from './support/speaking';

const persons = (text: string) => personMentions(text, true);

describe('a plain given name opens a name and names the person alone later', () => {
  it.each([
    ['عند السادسة صباحا يشغل فؤاد منصور محرك شاحنته الصغيرة. وفي الطريق يتوقف فؤاد عند كل حاجز.', 'فؤاد منصور', 'فؤاد'],
    ['تفتح هدى سعدون باب العيادة قبل الفجر. وتقول هدى إن الدواء لا يكفي.', 'هدى سعدون', 'هدى'],
    ['ويجلس فادي سمعان أمام دكانه المغلق. وبعد ساعة يعود فادي إلى البيت.', 'فادي سمعان', 'فادي'],
    ['تقف ماجدة الراعي في طابور المخبز منذ الفجر. وتروي ماجدة كيف نزحت ثلاث مرات.', 'ماجدة الراعي', 'ماجدة'],
    ['ويصلح سالم عوض سقف بيته بألواح الصفيح. ويضيف سالم أن الشتاء قريب.', 'سالم عوض', 'سالم'],
  ])('%s', (text, name, alone) => {
    const found = persons(text).find((surfaces) => surfaces.includes(name));
    expect(found).toBeDefined();
    expect(found).toContain(alone);
  });
});

describe('a given name that is a common word needs more evidence', () => {
  it.each([
    ['وأعرب المبعوث عن أمل كبير في التوصل إلى اتفاق قريب.', 'أمل'],
    ['وطالب الوسطاء بحل عادل يرضي الطرفين.', 'عادل'],
  ])('%s', (text, word) => {
    expect(persons(text).some((surfaces) => surfaces.some((s) => s.includes(word)))).toBe(false);
  });
});
