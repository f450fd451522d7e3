// The one sentence rule (src/core/text/sentences.ts) in its two readings:
// endsSentenceAt (every mark but a period between digits) and the stricter
// endsWholeSentenceAt the speaker stage starts a speaker's sentence by. Sentences
// of our own writing.
import { describe, expect, it } from 'vitest';
import { sentenceStart } from '../../src/core/speakers/model';
import { endsSentenceAt, endsWholeSentenceAt, followsAbbreviatedTitle } from '../../src/core/text/sentences';
import { direct } from './support/speaking';

/** The marks at which each reading ends a sentence, in order. */
const endsBy = (read: (text: string, i: number) => boolean, text: string) =>
  [...text].flatMap((ch, i) => (read(text, i) ? [`${ch}@${i}`] : []));

describe('endsSentenceAt', () => {
  it('ends a sentence at every period, question, exclamation mark and ellipsis', () => {
    const text = 'وصل القطار متأخرا. هل ينتظر الركاب؟ لا أحد يعرف… يا للخسارة! انتهى';
    expect(endsBy(endsSentenceAt, text).map((e) => e[0])).toEqual(['.', '؟', '…', '!']);
  });

  it('ends none at a period between two digits, in either script', () => {
    expect(endsBy(endsSentenceAt, 'ارتفع السعر 2.75 دينارا')).toEqual([]);
    expect(endsBy(endsSentenceAt, 'هبط المؤشر ٤.٢ نقطة')).toEqual([]);
  });

  it('still ends one at a period glued to a word or after a short title (the looser reading)', () => {
    expect(endsBy(endsSentenceAt, 'نشر موقع البلد.كوم الخبر')).toHaveLength(1);
    expect(endsBy(endsSentenceAt, 'حضرت د. سلمى الجلسة')).toHaveLength(1);
  });

  it('is false off the text and at letters and commas', () => {
    expect(endsSentenceAt('مرحبا، يا صديقي', 5)).toBe(false);
    expect(endsSentenceAt('نعم.', 10)).toBe(false);
  });
});

describe('endsWholeSentenceAt', () => {
  it('agrees with endsSentenceAt at a period followed by a space, and at every other mark', () => {
    const text = 'سقط المطر ليلا. أين ذهب الحارس؟ ظل الباب مفتوحا… ما أجمل الصباح! ثم نام';
    expect(endsBy(endsWholeSentenceAt, text)).toEqual(endsBy(endsSentenceAt, text));
    expect(endsWholeSentenceAt('انتهى الاجتماع.', 14)).toBe(true);
  });

  it('ends none at a period glued inside a word or a name of a site', () => {
    expect(endsBy(endsWholeSentenceAt, 'نشر موقع البلد.كوم الخبر')).toEqual([]);
    expect(endsBy(endsWholeSentenceAt, 'راسلنا على news.example اليوم')).toEqual([]);
    expect(endsBy(endsWholeSentenceAt, 'ارتفع السعر 2.75 دينارا')).toEqual([]);
  });

  it('ends one at a period right before a quotation mark or after another period', () => {
    expect(endsWholeSentenceAt('انتهى الأمر.«ثم', 11)).toBe(true);
    expect(endsWholeSentenceAt('ثم ماذا..بعد', 7)).toBe(false);
    expect(endsWholeSentenceAt('ثم ماذا..بعد', 8)).toBe(true);
  });

  it('ends none at the period of an abbreviated title, after a space, a comma or at the start', () => {
    for (const text of ['حضرت د. سلمى الجلسة', 'وأوضحت،د. ريم أن العلاج بدأ', 'د. كريم يصل غدا']) {
      expect(endsBy(endsWholeSentenceAt, text)).toEqual([]);
    }
    expect(followsAbbreviatedTitle('حضرت د. سلمى', 6)).toBe(true);
  });

  it('does not take the last letter of a longer word for a title', () => {
    expect(followsAbbreviatedTitle('وصل الوفد. ثم', 9)).toBe(false);
    expect(endsWholeSentenceAt('وصل الوفد. ثم', 9)).toBe(true);
    expect(endsWholeSentenceAt('عاد الولد. ثم', 9)).toBe(true);
  });
});

describe('the speaker stage reads sentences by endsWholeSentenceAt', () => {
  it('starts a speaker sentence after a whole sentence end, not after a title period or a site name', () => {
    const text = 'هدأ القصف مساء. وقالت د. نور الساعدي إن المستشفى امتلأ.';
    const at = text.indexOf('إن');
    expect(sentenceStart(text, at, null)).toBe(text.indexOf('وقالت') - 1);
    const site = 'غادر الجميع. ونقل موقع الخبر.نت عن الوزير قوله';
    expect(sentenceStart(site, site.indexOf('قوله'), null)).toBe(site.indexOf('ونقل') - 1);
  });

  it('ties a quote after "د." to the doctor named after the period', () => {
    for (const text of [
      'امتلأت الأسرة كلها في مستشفى بغزة. وأكد د. سامر الحداد: «لم يبق لدينا دواء للأطفال».',
      'توقفت المولدات في مستشفى بخان يونس. وقال د. خالد الشوا: «الجرحى ينامون في الممرات».',
    ]) {
      const quotes = direct(text);
      expect(quotes).toHaveLength(1);
      expect(quotes[0]![1]).toMatch(/^(سامر الحداد|خالد الشوا)$/);
    }
  });
});
