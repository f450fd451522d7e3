// The text layer (src/core/text/): one tokenizer, one normalization, the
// document built once per text. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { readDocument, wordRange } from '../../src/core/text/document';
import { firstAbove, firstAtLeast, lowerBound, sortByStartLongestFirst, SpanOverlaps } from '../../src/core/text/search';
import { normalizeText } from '../../src/core/text/normalize';
import { endsSentenceAt, isClauseMark, isSentenceEnd } from '../../src/core/text/sentences';
import { nextWord, procliticReadings, tokenize, wordsIn } from '../../src/core/text/tokens';

/** The words of text[from, to) read from its characters, word by word (wordsIn may answer from the last document read). */
function scanWords(text: string, from: number, to: number) {
  const out: Array<{ start: number; end: number; norm: string }> = [];
  for (let w = nextWord(text, from, to); w; w = nextWord(text, w.end, to)) out.push({ start: w.start, end: w.end, norm: w.norm });
  return out;
}

/** The words line by line, read from the characters: the reading the document's lines must agree with. */
function linesByScan(text: string) {
  return text.split(/[\n\r\u2028\u2029\u0085]/).flatMap((line, i, all) => {
    const from = all.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
    return [scanWords(text, from, from + line.length)];
  });
}

describe('the one tokenizer', () => {
  it('splits words at spaces and punctuation, keeping marks, tatweel and joiners inside a word', () => {
    const text = 'قالَ المتحدثُ: «الهدنــة صامدة»، وأضاف\u200Cأن 3.5 ٪';
    expect(wordsIn(text).map((w) => text.slice(w.start, w.end))).toEqual(['قالَ', 'المتحدثُ', 'الهدنــة', 'صامدة', 'وأضاف\u200Cأن', '3', '5']);
    expect(wordsIn(text).map((w) => w.norm)).toEqual(['قال', 'المتحدث', 'الهدنه', 'صامده', 'واضافان', '3', '5']);
  });

  it('reads the same words from the normalized text as from the original', () => {
    const text = 'أكّد الوزيرُ ڤلاديمير - في بيانٍ - أنّ الوفد «سيعود» غداً.';
    expect(tokenize(normalizeText(text)).map((t) => t.text)).toEqual(wordsIn(text).map((w) => w.norm));
  });

  it('joins the words of one name across spaces, quotation marks and a touching dash, not across a comma or a spaced dash', () => {
    const tokens = tokenize(normalizeText('التقى «أبو محمد» لفوفا-بيلوفا، ثم عاد - صورة'));
    expect(tokens.map((t) => [t.text, t.joinsNext])).toEqual([
      ['التقي', true], ['ابو', true], ['محمد', true], ['لفوفا', true], ['بيلوفا', false], ['ثم', true], ['عاد', false], ['صوره', false],
    ]);
  });

  it('reads proclitics off a word, bare word first', () => {
    expect(procliticReadings('وللجيش')).toEqual([['', 'وللجيش'], ['ول', 'الجيش'], ['ول', 'اللجيش'], ['و', 'للجيش'], ['ول', 'لجيش']]);
    // ل + اللجنة is printed للجنة: the article's alif is lost, its lam stays.
    expect(procliticReadings('للجنة')).toContainEqual(['ل', 'اللجنة']);
    expect(procliticReadings('سلام')).toEqual([['', 'سلام']]);
  });
});

describe('the document', () => {
  const texts = [
    'وقالت الناطقة باسم الوزارة: «لن نقبل بذلك».\nوأضافت أن الوفد سيعود.\n\nـنهاية الخبر',
    'سطر أولُ\r\nسطرٌ ثانٍ\u2028ثالث\u0085رابع\n',
    '\n\nقال:\n"نعم"\n',
    'كلمة\u200Fمع علامة اتجاه\u202Bوعزل\u202C، وڤيينا.',
  ];
  it('has the same words per line as a scan of each line', () => {
    for (const text of texts) {
      const doc = readDocument(text);
      const plain = doc.lines.map((line) => line.map(({ start, end, norm }) => ({ start, end, norm })));
      expect(plain).toEqual(linesByScan(text).slice(0, doc.lines.length));
    }
  });

  it('gives wordsIn of any stretch of its text the words a reading of the characters gives', () => {
    // (A stretch starting or ending inside a word, a tatweel alone, a mark between two runs: read again.)
    for (const text of [...texts, 'قال ـ المتحدث: «نعم»، وأضافَ أن\u0651الوفد سيعود.']) {
      readDocument(text);
      for (let from = 0; from <= text.length; from += 3) {
        for (const to of [from, from + 1, from + 7, from + 20, text.length + 5]) {
          const plain = wordsIn(text, from, to).map(({ start, end, norm }) => ({ start, end, norm }));
          expect(plain).toEqual(scanWords(text, from, to));
        }
      }
    }
  });

  it('has a line per line break, and one more unless the text ends with a break', () => {
    for (const text of [...texts, '', '\n', 'سطر', 'سطر\r\n', '\r\n\r\nسطر بعد سطرين فارغين', 'أ\n\n\nب\u2029']) {
      const breaks = text.split(/[\n\r\u2028\u2029\u0085]/).length - 1;
      const endsWithBreak = /[\n\r\u2028\u2029\u0085]$/.test(text);
      expect(readDocument(text).lines.length).toBe(text === '' ? 0 : breaks + (endsWithBreak ? 0 : 1));
    }
  });

  it('ties every word to the token it was read from', () => {
    for (const text of texts) {
      const doc = readDocument(text);
      doc.words.forEach((word, i) => {
        expect(word.token).toBe(doc.tokens[i]);
        expect(word.token!.text).toBe(word.norm);
      });
    }
  });

  it('maps every token back to its printed word', () => {
    const text = 'أعلنَ الجيشُ الأوكرانيُّ السيطرةَ على بلدةٍ.';
    const doc = readDocument(text);
    const printed = doc.tokens.map((t) => text.slice(doc.norm.toOriginal[t.start], doc.norm.toOriginal[t.end - 1]! + 1));
    expect(printed).toEqual(['أعلنَ', 'الجيشُ', 'الأوكرانيُّ', 'السيطرةَ', 'على', 'بلدةٍ'].map((w) => w.replace(/[\u064B-\u0652]+$/, '')));
  });
});

describe('the one sentence rule', () => {
  it('ends a sentence at . ! ? ؟ … but not at a period between digits', () => {
    const text = 'ارتفع المؤشر 3.5 بالمئة. هل يستمر؟ ربما… لا أحد يعرف!';
    const ends = [...text].flatMap((_, i) => (endsSentenceAt(text, i) ? [text[i]] : []));
    expect(ends).toEqual(['.', '؟', '…', '!']);
    expect(endsSentenceAt('بلغ ٣.٥ مليون', 5)).toBe(false);
  });

  it('knows the clause marks from the sentence ends', () => {
    expect(['،', ',', '؛', ';'].every((m) => isClauseMark(m) && !isSentenceEnd(m))).toBe(true);
    expect(isClauseMark('.')).toBe(false);
  });
});

describe('the one binary search', () => {
  const offsets = [3, 8, 8, 15, 40];
  it('finds the first offset at least or above a value', () => {
    const id = (x: number) => x;
    expect([0, 3, 4, 8, 9, 40, 41].map((x) => firstAtLeast(offsets, x, id))).toEqual([0, 0, 1, 1, 3, 4, 5]);
    expect([0, 3, 4, 8, 9, 40, 41].map((x) => firstAbove(offsets, x, id))).toEqual([0, 1, 1, 3, 3, 5, 5]);
    expect(lowerBound([], 5)).toBe(0);
  });

  it('finds the words of a stretch of the document', () => {
    const text = 'قال المتحدث: «الوضع هادئ» اليوم';
    const doc = readDocument(text);
    const [from, to] = wordRange(doc, text.indexOf('«') + 1, text.indexOf('»'));
    expect(doc.words.slice(from, to).map((w) => w.norm)).toEqual(['الوضع', 'هادي']);
  });

  it('tells whether spans overlap a stretch as checking each span does, nested, touching and empty ones too', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 30; round++) {
      const spans = Array.from({ length: next(12) }, () => {
        const start = next(60);
        return { start, end: start + next(15) };
      });
      const index = new SpanOverlaps(spans);
      for (let start = 0; start < 75; start += 2) {
        for (const length of [0, 1, 3, 9]) {
          const end = start + length;
          expect(index.any(start, end)).toBe(spans.some((m) => m.start < end && start < m.end));
        }
      }
    }
    expect(new SpanOverlaps([]).any(0, 10)).toBe(false);
    expect(new SpanOverlaps([{ start: 5, end: 30 }, { start: 10, end: 12 }]).any(20, 25)).toBe(true);
  });

  it('sorts spans by start, the longer first, equal ones in their order, as the comparison sort does', () => {
    let seed = 5;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (const far of [0, 2 ** 40]) {
      for (let round = 0; round < 20; round++) {
        const spans = Array.from({ length: next(40) }, (_, id) => {
          const start = far + next(30);
          return { start, end: start + next(6), id };
        });
        const expected = [...spans].sort((a, b) => a.start - b.start || b.end - a.end).map((s) => s.id);
        expect(sortByStartLongestFirst([...spans]).map((s) => s.id)).toEqual(expected);
      }
    }
  });

  it('answers alike for offsets too large to be sorted as packed numbers', () => {
    const far = 2 ** 27;
    const spans = [{ start: far + 50, end: far + 60 }, { start: 4, end: 9 }, { start: far, end: far + 5 }];
    const index = new SpanOverlaps(spans);
    for (const [start, end] of [[0, 4], [3, 5], [9, 20], [far + 4, far + 6], [far + 5, far + 50], [far + 59, far + 70], [far + 60, far + 70]] as const) {
      expect(index.any(start, end)).toBe(spans.some((m) => m.start < end && start < m.end));
    }
  });
});
