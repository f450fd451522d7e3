// The text layer's fast paths (character classes by code, words a word at a
// time, answers cached per distinct word) give the answers of the plain
// readings they stand for. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { isLetterMarkDigitCode, isQuoteMark, isQuoteMarkCode, isSingleMarkCode } from '../../src/core/chars';
import { normalizeText, normalizeWithMap } from '../../src/core/text/normalize';
import { isSentenceEnd, isSentenceEndCode } from '../../src/core/text/sentences';
import { PhraseMatcher } from '../../src/core/matcher';
import { PhraseTable } from '../../src/core/lexicon/phrase-table';
import { readDocument } from '../../src/core/text/document';
import { attributionAt, isFirstPersonSpeech, lexicon, mayOpenCue, verbAt } from '../../src/core/speech';
import { consonantSkeleton, lastWordIn, nextWord, someWordIn, tokenize, WORD_SKETCHES, WordSketches, wordSketch, wordsIn } from '../../src/core/text/tokens';
import { perTextWord, perWord, Vocabulary } from '../../src/core/text/vocabulary';
import { ScanGroup } from '../../src/core/text/scan-group';
import { looksLikeNameStart } from '../../src/core/persons/words';
import { defaultActorFinder } from '../../src/core/actors';

const SAMPLES = [
  'وقالت المتحدثةُ باسم البلدية لبنى حداد: «المياه مقطوعة منذ ثلاثة أيام».',
  'أكّد الطبيبُ ـــ في اتصالٍ هاتفي ـــ أن المستشفى يعمل بـ40٪ من طاقته…',
  "He said 'we stay' — 12.5 km north; ‹‹لن نغادر›› قال أحد السكان 𝐀𝐁",
  'ـــ  ،،  ــ', // tatweel and commas alone: words with nothing left after normalization
  '',
];

describe('characters by code', () => {
  it('classes every code unit as the regex and the string readings do, with no string made', () => {
    const letter = /^[\p{L}\p{N}\p{M}]$/u;
    for (let code = 0; code < 0x10000; code += 7) {
      const ch = String.fromCharCode(code);
      expect(isLetterMarkDigitCode(code)).toBe(letter.test(ch));
      expect(isQuoteMarkCode(code)).toBe(isQuoteMark(ch));
      expect(isSentenceEndCode(code)).toBe(isSentenceEnd(ch));
    }
    for (const code of [0x627, 0x64e, 0x661, 0x41]) expect(isLetterMarkDigitCode(code)).toBe(true);
    for (const code of [0x20, 0x60c, 0xab, 0xd835, NaN, -1]) expect(isLetterMarkDigitCode(code)).toBe(false);
  });

  it('knows the one-stroke marks that double as apostrophes', () => {
    for (const ch of ["'", '‘', '’']) expect(isSingleMarkCode(ch.charCodeAt(0))).toBe(true);
    for (const ch of ['"', '«', '»', '“', 'ا']) expect(isSingleMarkCode(ch.charCodeAt(0))).toBe(false);
  });
});

describe('words a word at a time', () => {
  it('nextWord walks the same words as wordsIn, also in a stretch that cuts a word', () => {
    for (const text of SAMPLES) {
      for (const [from, to] of [[0, text.length], [3, Math.max(3, text.length - 5)], [7, 20]] as const) {
        const walked = [];
        for (let w = nextWord(text, from, to); w; w = nextWord(text, w.end, to)) walked.push(w);
        expect(walked).toEqual(wordsIn(text, from, to));
      }
    }
  });

  it('lastWordIn is the last word wordsIn reads, in every stretch, past runs that normalize to nothing', () => {
    for (const text of [...SAMPLES, 'قال الوزير ـــ', 'الندوة حول ـ «', 'ـ']) {
      for (let from = 0; from <= text.length; from += 3) {
        for (let to = from; to <= text.length + 2; to += 2) expect(lastWordIn(text, from, to)).toEqual(wordsIn(text, from, to).at(-1) ?? null);
      }
    }
  });

  it('someWordIn answers as wordsIn(…).some does, and reads no word past the first that passes', () => {
    for (const text of SAMPLES) {
      for (const [from, to] of [[0, text.length], [3, Math.max(3, text.length - 5)], [7, 20]] as const) {
        for (const test of [(w: string) => w.length > 5, (w: string) => w.startsWith('ال'), () => false]) {
          expect(someWordIn(text, from, to, test)).toBe(wordsIn(text, from, to).some((w) => test(w.norm)));
        }
      }
    }
    const asked: string[] = [];
    expect(someWordIn('قال الوزير إن الطريق مغلق', 0, 26, (w) => (asked.push(w), w === 'الوزير'))).toBe(true);
    expect(asked).toEqual(['قال', 'الوزير']);
  });

  it('a first-person speech verb is told as before once answers are kept per word, also behind و and ف', () => {
    const lex = { ...lexicon, firstPersonSpeech: new Set(['قلت']) };
    for (const w of ['قلت', 'وقلت', 'فقلت', 'قال', 'وقلتم', '']) {
      expect(isFirstPersonSpeech(w, lex)).toBe(w === 'قلت' || w === 'وقلت' || w === 'فقلت');
      expect(isFirstPersonSpeech(w)).toBe(lexicon.firstPersonSpeech.has(w) || (/^[وف]/.test(w) && lexicon.firstPersonSpeech.has(w.slice(1))));
      expect(isFirstPersonSpeech(w)).toBe(isFirstPersonSpeech(w));
    }
  });

  it('reads a short string once and gives the same words again, frozen', () => {
    const name = 'المتحدثة لبنى حداد';
    const first = wordsIn(name);
    expect(first.map((w) => w.norm)).toEqual(['المتحدثه', 'لبني', 'حداد']);
    expect(wordsIn(name)).toEqual(first);
    expect(Object.isFrozen(wordsIn(name))).toBe(true);
  });
});

describe('answers per distinct word', () => {
  it('normalizeText copies the unchanged runs and folds the rest as a character at a time would', () => {
    const oneAtATime = (text: string) => [...text].map((ch) => (ch.length === 2 ? ch : normalizeText(ch))).join('');
    for (const text of [...SAMPLES, 'إنّ آلاف النازحين ﻻ يجدون مأوى', 'ٱلسَّلَامُ عَلَيْكُمْ 𝐀 Ünal']) expect(normalizeText(text)).toBe(oneAtATime(text));
  });

  it('a transliterated name spelled with or without its long vowels has one skeleton', () => {
    expect(consonantSkeleton('بوشنيل')).toBe(consonantSkeleton('بوشنل'));
    expect(consonantSkeleton('كوفاليوف')).toBe(consonantSkeleton('كوفالوف'));
    expect(consonantSkeleton('بوشنيل')).not.toBe(consonantSkeleton('بشارة'));
    expect(consonantSkeleton('ياسين')).toBe('يسن');
  });
});

describe('a name word told once per finder and word (persons/words.ts looksLikeNameStart)', () => {
  it('answers as a first word and as a later word apart, and per finder', () => {
    const finder = defaultActorFinder();
    // ("نادر" a name word; "الشارع" with the article only later in a name; "والقوات" never.)
    const words = ['نادر', 'الشارع', 'والقوات', 'يبحث', 'ن'];
    const first = words.map((w) => looksLikeNameStart(w, finder));
    const later = words.map((w) => looksLikeNameStart(w, finder, true));
    expect(first).toEqual([true, false, false, false, false]);
    expect(later).toEqual([true, true, false, true, false]);
    expect(words.map((w) => looksLikeNameStart(w, finder))).toEqual(first);
    expect(words.map((w) => looksLikeNameStart(w, finder, true))).toEqual(later);
    // Another finder that lists "نادر" as a stop word is answered on its own.
    const other = { ...finder, stopWords: new Set([...finder.stopWords, 'نادر']) };
    expect(looksLikeNameStart('نادر', other)).toBe(false);
    expect(looksLikeNameStart('نادر', other, true)).toBe(false);
    expect(looksLikeNameStart('نادر', finder)).toBe(true);
  });
});

describe('word sketches', () => {
  it('keeps every sketch in range and tells words apart by length and first and last letter only', () => {
    for (const w of ['ا', 'قال', 'المتحدثة', 'وللمستشفيات', 'Kyiv', '2024', 'مستشفياتهاالكبرى']) expect(wordSketch(w)).toBeLessThan(WORD_SKETCHES);
    expect(wordSketch('قالت')).toBe(wordSketch('قامت'));
    expect(wordSketch('قالت')).not.toBe(wordSketch('قال'));
    expect(wordSketch('قالت')).not.toBe(wordSketch('مالت'));
    const sketches = new WordSketches();
    for (const w of ['قالت', 'Kyiv', 'المتحدثة']) sketches.add(w);
    for (const w of ['قالت', 'قامت', 'Kyiv', 'Kiev', 'المتحدثة']) expect(sketches.mayHave(w)).toBe(true);
    for (const w of ['قال', 'مالت', 'Kyi', 'المتحدث', 'ا']) expect(sketches.mayHave(w)).toBe(false);
  });

  it('a phrase is found whatever other words share its sketch, and a phrase added later is found too', () => {
    const matcher = new PhraseMatcher<string>();
    matcher.add('الهلال الأحمر', 'crescent');
    const tokens = tokenize(normalizeText('قال متطوع في الهلال الاحمر وفي الهلال الأخضر إن الحلال الأحمر'));
    expect(matcher.scan(tokens).map((m) => m.values[0])).toEqual(['crescent']);
    matcher.add('الحلال', 'other');
    expect(matcher.scan(tokens).map((m) => m.values[0])).toEqual(['crescent', 'other']);
    const table = new PhraseTable<number>();
    table.add('نقلا عن', 1);
    const words = wordsIn('وذكرت الوكالة نقلا عن مصدر ونقلا عن آخر نقلى عن');
    expect(words.map((_, i) => table.matchBehindConjunction(words, i)?.value ?? 0)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0, 0]);
  });

  it('answers words read in a document (by word number) as it answers plain words, and finds a phrase added later', () => {
    const table = new PhraseTable<number>();
    table.add(normalizeText('أفاد'), 1);
    table.add(normalizeText('أشار إلى'), 2);
    const text = 'أفاد الشاهد بأن الجسر انهار، وأشار إلى أن فرق الإنقاذ وصلت متأخرة. وأفاد آخر بأنه سمع دويا، فيما أشار الحاكم بيده ونوه الطبيب إلى الجرحى.';
    const answers = (words: { start: number; end: number; norm: string }[]) => words.map((_, i) => table.matchBehindConjunction(words, i)?.value ?? 0);
    const doc = readDocument(text);
    const plain = doc.words.map(({ start, end, norm }) => ({ start, end, norm }));
    expect(doc.words.every((w) => w.token !== undefined)).toBe(true);
    expect(answers(doc.words)).toEqual(answers(plain));
    expect(answers(doc.words).filter((v) => v > 0)).toEqual([1, 2, 1]);
    table.add(normalizeText('نوه'), 3);
    expect(answers(readDocument(text).words)).toEqual(answers(plain));
    expect(answers(readDocument(text).words).filter((v) => v > 0)).toEqual([1, 2, 1, 3]);
  });
});

describe('words by number (text/vocabulary.ts)', () => {
  it('numbers each distinct word once, and tokens read without a vocabulary carry none', () => {
    const vocab = new Vocabulary();
    const tokens = tokenize(normalizeText('وللمستشفى قال الطبيب إن المستشفى وللمستشفى بلا كهرباء'), vocab);
    expect(tokens.map((t) => t.id)).toEqual([0, 1, 2, 3, 4, 0, 5, 6]);
    for (const t of tokens) expect(t.vocab).toBe(vocab);
    expect(vocab.size).toBe(7);
    expect(vocab.idOf(tokens[4]!.text)).toBe(4);
    expect(tokenize('قال الطبيب').map((t) => [t.id, t.vocab])).toEqual([[-1, null], [-1, null]]);
  });

  it('a long word list answers by number as it does by string, across texts, and a phrase added later is found', () => {
    const byId = new PhraseMatcher<string>();
    const byString = new PhraseMatcher<string>();
    // More first words than the list needs to keep its answers by number.
    const places = ['الخرطوم', 'أم درمان', 'بحري', 'الفاشر', 'نيالا', 'كسلا', 'القضارف', 'مدني', 'سنار', 'كوستي', 'الأبيض', 'الجنينة', 'زالنجي', 'الضعين', 'كادقلي', 'الدمازين', 'عطبرة', 'شندي', 'دنقلا', 'بورتسودان', 'حلفا', 'ربك', 'المناقل', 'الدويم', 'تندلتي', 'أبو حمد', 'مروي', 'كريمة', 'الرهد', 'بابنوسة', 'المجلد', 'الفولة', 'طويلة', 'كتم'];
    for (const p of places) for (const m of [byId, byString]) m.add(p, p);
    const texts = ['وصل النازحون من الفاشر إلى طويلة ثم إلى كتم، وقال آخرون إنهم غادروا بالخرطوم نحو أم درمان', 'وفي نيالا وللفاشر وبالجنينة قال سكان إن القتال امتد إلى زالنجي والضعين وحلفا الجديدة'];
    const found = (m: PhraseMatcher<string>, tokens: ReturnType<typeof tokenize>) => m.scan(tokens).map((x) => `${x.proclitic}${x.values[0]}`);
    for (const text of texts) {
      const doc = readDocument(text);
      expect(doc.tokens[0]!.vocab).not.toBeNull();
      expect(found(byId, doc.tokens)).toEqual(found(byString, tokenize(normalizeText(text))));
      expect(found(byId, doc.tokens).length).toBeGreaterThan(3);
    }
    const doc = readDocument(texts[0]!);
    expect(found(byId, doc.tokens)).not.toContain('النازحون');
    byId.add('النازحون', 'النازحون');
    expect(found(byId, doc.tokens)).toContain('النازحون');
    expect(found(byId, readDocument(texts[1]!).tokens)).toEqual(['نيالا', 'ولالفاشر', 'وبالجنينة', 'زالنجي', 'والضعين', 'وحلفا']);
  });
});

describe('phrase lists scanned together (text/scan-group.ts)', () => {
  const lists = () => {
    const towns = ['دير الزور', 'الرقة', 'منبج', 'عفرين', 'الباب', 'جرابلس', 'تل أبيض', 'رأس العين', 'القامشلي', 'الحسكة', 'عين العرب', 'تل رفعت', 'اعزاز', 'مارع', 'الطبقة', 'معدان', 'البوكمال', 'الميادين', 'هجين', 'الشدادي', 'عامودا', 'الدرباسية', 'المالكية', 'تل تمر', 'عين عيسى', 'سلوك', 'صرين', 'الجلبية', 'تادف', 'بزاعة', 'قباسين', 'العريمة', 'دابق'];
    const words = ['قصف', 'اشتباكات', 'النازحين', 'المسيرات', 'الهدنة', 'تل أبيض الشرقي'];
    const roles = ['قائد', 'قائد المجلس العسكري', 'الناطق باسم', 'مسؤول'];
    const make = () => [new PhraseMatcher<string>(), new PhraseMatcher<string>(), new PhraseMatcher<string>()];
    const fill = (ms: PhraseMatcher<string>[]) => [towns, words, roles].forEach((list, i) => list.forEach((p) => ms[i]!.add(p, p)));
    const alone = make();
    const together = make();
    fill(alone);
    fill(together);
    const group = new ScanGroup();
    for (const m of together) m.scanWith(group);
    return { alone, together };
  };
  const texts = [
    'وقال قائد المجلس العسكري في منبج إن اشتباكات اندلعت قرب تل أبيض الشرقي وإن المسيرات قصفت عين عيسى والرقة',
    'ونزح الآلاف من رأس العين وتل تمر نحو الحسكة، وقال مسؤول محلي إن الهدنة لم تصمد في الباب وجرابلس',
    'ولا يذكر هذا السطر أي بلدة ولا أي كلمة من القوائم',
  ];
  const found = (m: PhraseMatcher<string>, text: string) => m.scan(readDocument(text).tokens).map((x) => `${x.firstToken}:${x.proclitic}${x.values.join('|')}`);

  it('finds in every list what the list finds scanning alone, text after text', () => {
    const { alone, together } = lists();
    for (const text of texts) {
      for (let i = 0; i < alone.length; i++) expect(found(together[i]!, text)).toEqual(found(alone[i]!, text));
    }
    expect(found(together[0]!, texts[0]!).length).toBeGreaterThan(2);
    expect(found(together[2]!, texts[0]!)).toContain('1:قائد المجلس العسكري');
  });

  it('reads the tokens again when a list gains a phrase after a scan', () => {
    const { alone, together } = lists();
    const doc = readDocument(texts[1]!);
    const scanned = (m: PhraseMatcher<string>) => m.scan(doc.tokens).map((x) => x.values[0]);
    expect(scanned(together[1]!)).not.toContain('الآلاف');
    for (const m of [alone[1]!, together[1]!]) m.add('الآلاف', 'الآلاف');
    expect(scanned(together[1]!)).toContain('الآلاف');
    for (let i = 0; i < alone.length; i++) expect(scanned(together[i]!)).toEqual(scanned(alone[i]!));
  });

  it('holds 31 lists at most; one more scans alone and finds the same', () => {
    const group = new ScanGroup();
    const ms = Array.from({ length: 33 }, (_, i) => {
      const m = new PhraseMatcher<number>();
      m.add(i % 2 ? 'الهدنة' : 'قصف', i);
      m.scanWith(group);
      return m;
    });
    const doc = readDocument('وقالت اللجنة إن قصف المدينة خرق الهدنة');
    ms.forEach((m, i) => expect(m.scan(doc.tokens).map((x) => x.values[0])).toEqual([i]));
  });
});

describe('a test of every token answered per word (perWord)', () => {
  it('answers as the test does, for tokens with and without a word number, and keeps false and null answers', () => {
    let asked = 0;
    const ageNumber = perWord((w) => {
      asked++;
      return /^[0-9]{1,3}$/.test(w) ? w.length : null;
    });
    const text = 'قال الطفل 12 عاما إن أخاه 9 أعوام وإن جده 104 أعوام و2024 سنة الحرب';
    const doc = readDocument(text);
    const expected = doc.tokens.map((t) => (/^[0-9]{1,3}$/.test(t.text) ? t.text.length : null));
    expect(doc.tokens.map(ageNumber)).toEqual(expected);
    const firstRound = asked;
    expect(doc.tokens.map(ageNumber)).toEqual(expected);
    expect(asked).toBe(firstRound);
    expect(tokenize(normalizeText(text)).map(ageNumber)).toEqual(expected);
  });
});

describe("a test of a text's words answered per word (perTextWord)", () => {
  it('answers as the test does for the words of a document and for words read alone', () => {
    const isFamily = perTextWord((w) => ['اخاه', 'جده', 'الطفل'].includes(w));
    const text = 'قال الطفل إن أخاه وجده عادا، وإن جده بخير';
    const doc = readDocument(text);
    const expected = doc.words.map((w) => ['اخاه', 'جده', 'الطفل'].includes(w.norm));
    expect(doc.words.map(isFamily)).toEqual(expected);
    expect(wordsIn(text).map(isFamily)).toEqual(expected);
    expect(expected.filter(Boolean)).toHaveLength(3);
  });
});

describe('a word that may open a speech cue (mayOpenCue)', () => {
  it('passes every word where a speech verb or an attribution phrase starts, and stops most others', () => {
    const text = 'وقالت الوزيرة إن الوضع صعب، وأضاف المتحدث: «نحن هنا». ووفقا لمصادر محلية فإن القصف استمر، بحسب ما نقلته الوكالة عن شهود، مؤكدا أنهم بخير.';
    const words = readDocument(text).words;
    const cues = words.map((_, i) => !!(verbAt(words, i) ?? attributionAt(words, i)));
    const passed = words.map(mayOpenCue);
    words.forEach((_, i) => expect(passed[i] || !cues[i]).toBe(true));
    expect(cues.filter(Boolean).length).toBeGreaterThanOrEqual(4);
    expect(passed.filter(Boolean).length).toBeLessThan(words.length / 2);
  });
});

describe('normalization with its map back', () => {
  it('gives normalizeText of the text, its buffers grown where a character folds longer, every unit mapped to its character', () => {
    for (const text of ['İİİ', `${'İ'.repeat(40)} وزارة الدّفاع`, `المدينة ${'İstanbul '.repeat(30)}ـــ 𝐀𝐁 ١٢٣`, ...SAMPLES]) {
      const norm = normalizeWithMap(text);
      expect(norm.text).toBe(normalizeText(text));
      expect(norm.toOriginal.length).toBe(norm.text.length + 1);
      expect(norm.toOriginal[norm.text.length]).toBe(text.length);
      for (let i = 1; i < norm.text.length; i++) expect(norm.toOriginal[i]!).toBeGreaterThanOrEqual(norm.toOriginal[i - 1]!);
      for (let i = 0; i < norm.text.length; i++) expect(normalizeText(text[norm.toOriginal[i]!]!).length).toBeGreaterThan(0);
    }
  });
});
