// A given name that is also a month ("رمضان", "شعبان", "رجب") is the month
// after a day number or a time word, or before "الماضي": no person's mention
// there, though the same word names the person elsewhere. Our own sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

/** Each person's mentions as printed, joined. */
const persons = (text: string): string[] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'person')
    .map((a) => a.mentions.map((m) => text.slice(m.start, m.end)).join(' | '));

describe('a month that is also a surname', () => {
  it('is the month after في, منذ or a day number, or before الماضي', () => {
    const cases = [
      'وقال الصحفي عمار رمضان إن الطريق مغلق. وكان الحصار قد بدأ في رمضان الماضي.',
      'وأكدت الممرضة سعاد شعبان أن الأدوية نفدت منذ 14 شعبان.',
      'وذكر المهندس باسل رجب أن الجسر انهار. وتعطلت المضخات منذ رجب ولم تصلح.',
      'وروى المزارع فؤاد رمضان كيف احترق الحقل. وأضاف أن رمضان المقبل سيكون أصعب.',
    ];
    for (const text of cases) expect(persons(text).join(' ; '), text).not.toMatch(/\| (رمضان|شعبان|رجب)/);
  });

  it('still names the person alone where no time word comes with it', () => {
    const text = 'وقال الصحفي عمار رمضان إن الطريق مغلق. وأضاف رمضان أن القافلة عادت أدراجها.';
    expect(persons(text)).toContain('عمار رمضان | رمضان');
    expect(persons('وقال المسعف جواد شعبان إن سيارته أصيبت. ثم عاد شعبان إلى المستشفى.')).toContain('جواد شعبان | شعبان');
  });
});
