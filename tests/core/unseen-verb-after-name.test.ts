// A short imperfect verb right after a person's name ("... خليل يقف") is what
// the person does, never the last word of the name. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

/** The persons' names as first printed. */
const persons = (text: string): string[] =>
  analyze(text, { stopEarly: false })
    .actors.filter((a) => a.type === 'person')
    .map((a) => text.slice(a.mentions[0]!.start, a.mentions[0]!.end));

describe('a verb after a two-word name', () => {
  it('ends the name after a role or a person noun (ي and two letters, ت and a consonant)', () => {
    expect(persons('وقال الطبيب سامر خليل يقف أمام باب المستشفى إن الوضع صعب.')).toContain('سامر خليل');
    expect(persons('قالت الممرضة هالة ناصر تبكي إن الأطفال جائعون.')).toContain('هالة ناصر');
    expect(persons('وكان المزارع عادل حسين يرى الدخان من بعيد حين سقطت القذيفة.')).toContain('عادل حسين');
    expect(persons('وقفت المعلمة رنا عيسى تحمل حقيبتها وقالت إن المدرسة أغلقت.')).toContain('رنا عيسى');
    expect(persons('وأوضح الصياد مروان جابر يعد شباكه أن البحر مغلق منذ أسبوع.')).toContain('مروان جابر');
  });

  it('keeps a surname that only begins like a verb: ت with a long vowel, or a listed name', () => {
    expect(persons('وقال خالد عادل يونس إن الحي تضرر.')).toContain('خالد عادل يونس');
    expect(persons('وقال حسن محمود تيمان إن الحي تضرر.')).toContain('حسن محمود تيمان');
    expect(persons('وقالت مريم أحمد توفيق إن المخيم مكتظ.')).toContain('مريم أحمد توفيق');
  });

  it('a verbal noun of the form تفعيل after a name is no verb', () => {
    const names = persons('وطالب المحامي فادي سليم تحقيق العدالة للضحايا.').join(' ; ');
    expect(names).not.toMatch(/سليم تحقيق/);
  });
});
