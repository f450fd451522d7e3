// The first, cheapest look the content check takes at a page: its title and
// <html lang dir> (probeTitle), then if need be the first few hundred
// characters of the body's text, read by one bounded TreeWalker (no layout:
// no innerText, no computed style). Most pages Sada leaves alone are told
// from this alone: no Arabic-script letter at all, or Persian/Urdu letters;
// the full sample (page-check.ts) and the keyword pattern are then never built.

/** Characters of prose (text nodes of some length) the probe takes. */
export const PROBE_PROSE_CHARS = 600;
/** Text nodes the probe visits at most. */
export const PROBE_NODES = 300;
/** A text node this long (trimmed) is prose rather than a menu item (as in page-check.ts). */
const PROSE_NODE_CHARS = 30;
/** This many such marks in the probe: the page may be Persian or Urdu (the language module then says). */
export const MIN_PERSIAN_OR_URDU_MARKS = 4;
/** Below this much prose the page may still be loading its article (the full check uses the same bar). */
export const MIN_PROSE_CHARS = 200;
/** The probe calls a page Persian or Urdu when it has this many of their letters… */
const MIN_PERSIAN_OR_URDU_LETTERS = 8;
/**
 * …and this many times as many as signs of Arabic that no keyboard changes:
 * ة and words starting with the article ال (in a third of Arabic words, rare
 * in Persian and Urdu). An Arabic article naming Persian places, or typed
 * with ی and ک, has far more of those.
 */
const PERSIAN_OVER_ARABIC = 4;
/** This many Arabic-script letters in the probe make the page a candidate for the full check, whatever else it writes. */
const MIN_ARABIC_LETTERS = 20;
/** A title with this many letters, none of them Arabic-script, names a page in another script. */
const MIN_TITLE_LETTERS = 8;
/** Persian/Urdu letters in a title (without a sign of Arabic) that, with a Persian/Urdu <html lang>, make the page Persian or Urdu. */
const MIN_TITLE_PERSIAN_LETTERS = 2;
/** Letters Arabic never writes (PERSIAN_OR_URDU_MARKS) or words it never writes (probeTitle) in a title without a sign of Arabic that make the page Persian or Urdu whatever its <html lang>. */
const MIN_TITLE_PERSIAN_MARKS = 2;
// Numbers above, strings below: the minifier inlines the leading run of constants.
/** Letters Arabic does not write but Persian or Urdu do (پ چ ژ گ ے ٹ ڈ ڑ ں), and the zero-width non-joiner. */
const PERSIAN_OR_URDU_MARKS = 'پچژگےٹڈڑں\u200c';
/** Letters Persian or Urdu write and Arabic does not: the marks above and the Persian forms of ي and ك (some Arabic sites type them too). */
const PERSIAN_OR_URDU_LETTERS = `${PERSIAN_OR_URDU_MARKS}یکۀہھ`;

export interface PageProbe {
  /** Title, then the texts the probe read, joined. */
  text: string;
  /** Characters of body prose read (title not counted). */
  proseChars: number;
  /** The walk reached the end of the body's text (a page this short may still be loading its article). */
  readAll: boolean;
  /** Arabic-script letters in `text`. */
  arabicLetters: number;
  /** Persian/Urdu letters and zero-width non-joiners in `text`. */
  persianOrUrduMarks: number;
  /** Signs of Arabic rather than Persian/Urdu in `text`: ة, and words starting with ال. */
  arabicSigns: number;
  /** Letters Persian/Urdu write and Arabic does not (the marks and ی ک ۀ ہ ھ) in `text`. */
  persianOrUrduLetters: number;
  /** The page declares an Arabic-script language (<html lang>). */
  declaresArabicScript: boolean;
}

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

const isArabicScript = (c: number) => (c >= 0x0620 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff);

/** Whether a word starts at `at`: after a non-letter, or after the conjunction و or ف that starts a word itself ("والقوات"). */
function startsArabicWord(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (!isArabicScript(before)) return true;
  return (before === 0x0648 || before === 0x0641) && !isArabicScript(text.charCodeAt(at - 2));
}

/**
 * Reads the title and at most PROBE_NODES text nodes or PROBE_PROSE_CHARS
 * characters of prose. Only a text node long enough to be prose has its
 * parent looked at (to skip scripts and styles): every parent read gives the
 * extension's world a wrapper of one more element, a cost paid on every page.
 */
export function probePage(doc: Document): PageProbe {
  const parts: string[] = [doc.title];
  let proseChars = 0;
  let readAll = true;
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
    let visited = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (visited++ === PROBE_NODES) {
        readAll = false;
        break;
      }
      const data = (node as Text).data;
      if (data.length < PROSE_NODE_CHARS) {
        if (data.trim()) parts.push(data);
        continue;
      }
      const parent = node.parentNode;
      if (parent && SKIP_PARENTS.has(parent.nodeName)) continue;
      const take = data.trim().slice(0, PROBE_PROSE_CHARS - proseChars);
      parts.push(take);
      if (take.length >= PROSE_NODE_CHARS) proseChars += take.length;
      if (proseChars >= PROBE_PROSE_CHARS) {
        readAll = false;
        break;
      }
    }
  }
  const text = parts.join('\n');
  return { text, proseChars, readAll, ...countLetters(text), declaresArabicScript: declaresArabicScript(langOf(doc)) };
}

const langOf = (doc: Document) => doc.documentElement?.getAttribute('lang') ?? '';

type LetterCounts = Pick<PageProbe, 'arabicLetters' | 'persianOrUrduMarks' | 'arabicSigns' | 'persianOrUrduLetters'> & {
  /** Letters of other scripts (Latin, Cyrillic, CJK…). */
  otherLetters: number;
};

function countLetters(text: string): LetterCounts {
  let arabicLetters = 0;
  let persianOrUrduMarks = 0;
  let arabicSigns = 0;
  let persianOrUrduLetters = 0;
  let otherLetters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0620) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) otherLetters++;
      continue;
    }
    if (isArabicScript(c)) arabicLetters++;
    else if (c >= 0x0700) otherLetters++;
    const ch = text[i]!;
    if (PERSIAN_OR_URDU_MARKS.includes(ch)) persianOrUrduMarks++;
    if (PERSIAN_OR_URDU_LETTERS.includes(ch)) persianOrUrduLetters++;
    else if (c === 0x0629 || (c === 0x0627 && text.charCodeAt(i + 1) === 0x0644 && startsArabicWord(text, i))) arabicSigns++;
  }
  return { arabicLetters, persianOrUrduMarks, arabicSigns, persianOrUrduLetters, otherLetters };
}

/** Declared languages written in the Arabic script that are not Arabic. */
const PERSIAN_OR_URDU_LANG = /^(?:fa|ur|ps|ku|ckb|sd|ug|prs|pnb)(?:-|$)/i;
/** Whether <html lang> names a language written in the Arabic script: such a page is never judged by the probe's "no Arabic letter". */
const declaresArabicScript = (lang: string) => /^ar(?:-|$)/i.test(lang) || PERSIAN_OR_URDU_LANG.test(lang);

/**
 * The verdict from the page's title and <html dir lang> alone, before any of
 * its text is read: null when they do not tell. Each part of the page the
 * extension's world touches for the first time costs it a wrapper and its
 * interface (about 0.1–0.5 ms each, on every page): the title and `dir` are
 * the Document's own, so a page whose title has letters, none of them
 * Arabic-script, and that is not right-to-left is told from them alone (no
 * element, no text node read). A title in the Arabic script without a sign
 * of Arabic (ة, a word in ال) is Persian or Urdu when it writes letters Arabic
 * never does (پ چ ژ گ ے ٹ ڈ ڑ ں, the zero-width non-joiner) or words it
 * never does (`wordsNeverArabic`: data/languages.json titleWordsNeverArabic,
 * a pattern made at build time, passed in so this file imports nothing and
 * its constants stay inlined): told from the title alone too. Only a title with
 * fewer of those (ی ک are typed on Arabic sites too) has <html lang> read: a
 * page that declares Persian, Urdu (…) and titles itself in their letters is
 * theirs.
 */
export function probeTitle(doc: Document, wordsNeverArabic: RegExp): ProbeScript | null {
  const title = countLetters(doc.title);
  if (title.arabicLetters === 0) {
    return title.otherLetters >= MIN_TITLE_LETTERS && doc.dir !== 'rtl' /* a known value, reflected in lower case */ ? 'other' : null;
  }
  if (title.persianOrUrduLetters < MIN_TITLE_PERSIAN_LETTERS || title.arabicSigns > 0) return null;
  const marks = title.persianOrUrduMarks + (doc.title.match(wordsNeverArabic)?.length ?? 0);
  return marks >= MIN_TITLE_PERSIAN_MARKS || PERSIAN_OR_URDU_LANG.test(langOf(doc)) ? 'persian-or-urdu' : null;
}

/**
 * What the probe alone says about the page's script, for content-check.js's
 * first stage: `arabic` (Arabic script that may be Arabic: the full check
 * decides), `persian-or-urdu` (plainly written in Persian or Urdu letters),
 * `other` (too few Arabic-script letters and no Arabic-script <html lang>).
 */
export type ProbeScript = 'arabic' | 'persian-or-urdu' | 'other';

export function probeScript(probe: PageProbe): ProbeScript {
  if (probe.persianOrUrduLetters >= MIN_PERSIAN_OR_URDU_LETTERS && probe.persianOrUrduLetters >= PERSIAN_OVER_ARABIC * probe.arabicSigns) {
    return 'persian-or-urdu';
  }
  if (probe.declaresArabicScript || probe.arabicLetters >= MIN_ARABIC_LETTERS) return 'arabic';
  return 'other';
}
