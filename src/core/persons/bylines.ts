// A reporter's byline names no actor of the story: "غزة – X" under the
// headline, "كتبت: X", "بيتا (نابلس) – X", "إعداد: X" at the foot. A person
// named on a byline is left out there; named in full in the story too, they keep
// the story's mentions. (On live pages the content script leaves bylines out of the
// article already; texts given whole, as the CLI reads them, keep them.)
import { lexicon } from '../lexicon';
import type { PreparedText } from '../matcher';
import { firstAbove, lowerBound } from '../text/search';
import type { Mention } from './scan';

/** A dateline's byline stands among the text's first lines: the headline, a subtitle, the byline. */
const DATELINE_LINES = 5;
/** A byline is one short line: the place, a label, a name or two. */
const BYLINE_MAX_CHARS = 120;
/** The names after the label or the dash. */
const NAMES_MAX_WORDS = 8;
/** The place before a dateline's dash ("بيتا (نابلس)", "غوريس (أرمينيا) وأغدام (أذربيجان)"). */
const PLACE_MAX_WORDS = 6;

const DASHES = '-–—';
/** The words of a reporter's post after "في" ("مراسلنا في الأمم المتحدة"). */
const REPORTER_POST_WORDS = 4;

interface Zone {
  from: number;
  to: number;
}

/** The persons' mentions without those that stand alone on a byline. */
export function withoutBylines(doc: PreparedText, persons: Mention[]): Mention[] {
  if (persons.length === 0) return persons;
  // (Only a line where a person's mention starts may be a byline that counts: namesOnly wants one inside the zone.)
  const starts = persons.map((m) => m.start).sort((a, b) => a - b);
  const nameStartsIn = (from: number, to: number) => (starts[lowerBound(starts, from)] ?? to) < to;
  const zones = bylineZones(doc.norm.text, nameStartsIn).filter((z) => namesOnly(doc, z, persons));
  if (zones.length === 0) return persons;
  const onByline = (m: Mention) => zones.some((z) => m.start >= z.from && m.stop <= z.to);
  // A reporter's surname alone in the story is rarely the reporter: "طارق حسن الأمين" on the byline, "للأمين العام" below.
  const reporters = new Set(persons.filter(onByline).map((m) => m.key));
  // (In full, or by given name and surname side by side: "لينا فارس حداد" on the byline, "لينا حداد" below.)
  const inStory = persons.filter((m) => reporters.has(m.key) && !onByline(m));
  const namedInStory = new Set(inStory.filter((m, i) => m.end - m.first > 1 || inStory[i + 1]?.first === m.end).map((m) => m.key));
  return persons.filter((m) => !onByline(m) && (!reporters.has(m.key) || namedInStory.has(m.key)));
}

/**
 * Where a byline's names may stand: after a byline label on a short line, or after a dateline's dash on one of the first lines;
 * read only on the lines where `mayHoldName(lineStart, lineEnd)` (the others are counted, not read).
 */
export function bylineZones(text: string, mayHoldName: (from: number, to: number) => boolean = () => true): Zone[] {
  const zones: Zone[] = [];
  let lineNumber = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      lineNumber++;
      // ("وكتب سامي:" opens a quote: a byline's names end its line; but "غزة – كتب سامي:" under the headline is a
      // dateline's byline, the colon before the story.)
      const nearTop = lineNumber <= DATELINE_LINES;
      if (line.length <= BYLINE_MAX_CHARS && mayHoldName(start, end) && (!line.trimEnd().endsWith(':') || (nearTop && datelinePlace(line) !== null))) {
        for (const zone of lineZones(line, nearTop)) zones.push({ from: start + zone.from, to: start + zone.to });
      }
    }
    start = end + 1;
  }
  return zones;
}

/**
 * Where a byline line's names stand: after each of its labels ("كتبت:",
 * "(تغطية X - إعداد Y للنشرة العربية)": one zone per label), else after a
 * dateline's dash ("غزة – ").
 */
function lineZones(line: string, nearTop: boolean): Zone[] {
  const zones = labelled(line).map((from) => ({ from, to: namesEnd(line, from) }));
  if (zones.length > 0 || !nearTop) return zones;
  const dash = datelinePlace(line);
  return dash !== null ? [{ from: dash + 1, to: namesEnd(line, dash + 1) }] : [];
}

/** The dash after a dateline's place that opens the line ("غزة – ", "بيتا (نابلس) – "), or null. */
function datelinePlace(line: string): number | null {
  const dash = lastDash(line);
  if (dash < 0) return null;
  const place = line.slice(0, dash).trim();
  return place !== '' && wordCount(place) <= PLACE_MAX_WORDS ? dash : null;
}

/**
 * The names end at a dash ("إعداد: X – وحدة التحقق"), a closing bracket, or a
 * word with لل ("إعداد X للنشرة العربية": the desk it wrote for).
 */
function namesEnd(line: string, from: number): number {
  const end = line.slice(from).search(/\s[-–—]\s|[)\]]|\sلل/u);
  return end >= 0 ? from + end : line.length;
}

const OPENING_BRACKET = /^[(\[]/u;
const LABEL_MARK = /[:\-–—(]/u;
const FIRST_WORD = /^\s*([^\s:\-–—،,]+)\s/u;
/**
 * Where names start after each byline label of the line: a label before a
 * colon or a dash ("كتبت: ", "حاورته - "), or one that opens the line or a
 * part of it (after a bracket or a dash, "من" allowed: "بقلم X", "(تغطية X",
 * "موسكو – من مراسلنا X"), with a word and a colon after it skipped
 * ("تغطية صحفية: X").
 */
function labelled(line: string): number[] {
  // (Most lines have no colon, dash or bracket: only their first word may be a label, "بقلم X".)
  if (!LABEL_MARK.test(line)) {
    const first = FIRST_WORD.exec(line);
    return first && lexicon.bylineLabels.has(first[1]!) ? [first[0].length] : [];
  }
  const found: number[] = [];
  // Each run of characters other than a space, a colon, a dash or a comma (/[^\s:\-–—،,]+/u), read by code:
  // only a run as long as a label is cut out and looked up.
  for (let start = 0, end = 0; start < line.length; start = end) {
    while (start < line.length && partsLabels(line.charCodeAt(start))) start++;
    for (end = start; end < line.length && !partsLabels(line.charCodeAt(end)); ) end++;
    const word = line.slice(start, end).replace(OPENING_BRACKET, '');
    if (end === start || !labelLength(word.length) || !lexicon.bylineLabels.has(word)) continue;
    const separator = /^\s*[:\-–—]/u.exec(line.slice(end));
    if (separator) found.push(end + separator[0].length);
    else if (opensPart(line.slice(0, start))) found.push(end + (/^\s*[^\s:]+\s*:/u.exec(line.slice(end))?.[0].length ?? 0));
  }
  return found;
}

/** What stands before a word leaves it opening the line or a part of it: nothing, or "من", after the line's start, a bracket or a dash. */
function opensPart(before: string): boolean {
  const part = before.split(/[(\[\-–—]/u).at(-1)!.trim();
  return part === '' || part === 'من';
}

/** Per code unit, filled on first sight: 1 for a space, a colon, a dash or a comma (what parts the words labelled reads), 2 for another. */
const LABEL_GAPS = new Uint8Array(0x10000);
const partsLabels = (code: number): boolean => (LABEL_GAPS[code] ||= /[\s:\-–—،,]/u.test(String.fromCharCode(code)) ? 1 : 2) === 1;

/** One bit per length of a byline label (31: that long or longer), read once. */
let labelLengths = 0;
function labelLength(length: number): boolean {
  if (labelLengths === 0) for (const label of lexicon.bylineLabels) labelLengths |= 1 << Math.min(label.length, 31);
  return (labelLengths & (1 << Math.min(length, 31))) !== 0;
}

/** The last dash with a space after it ("غزة – X", "غزة- X"), not one inside a word. */
function lastDash(line: string): number {
  for (let i = line.length - 2; i > 0; i--) if (DASHES.includes(line[i]!) && /\s/.test(line[i + 1]!)) return i;
  return -1;
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * The zone holds a few words and ends with a person's name, and every word
 * of it belongs to a person's mention but a lone "و" between two names and one
 * more (a title, "د. X"; a given name the finder missed, "هاجر X Y"; a last
 * word of the name, "X Y القاضي").
 */
function namesOnly(doc: PreparedText, zone: Zone, persons: Mention[]): boolean {
  const { tokens } = doc;
  const first = firstAbove(tokens, zone.from, (t) => t.end);
  let end = first;
  while (end < tokens.length && tokens[end]!.start < zone.to) end++;
  if (end === first || end - first > NAMES_MAX_WORDS) return false;
  const covered = new Uint8Array(end - first);
  let any = false;
  for (const m of persons) {
    if (m.end <= first || m.first >= end) continue;
    if (m.start < zone.from || m.stop > zone.to) return false;
    any = true;
    for (let k = Math.max(m.first, first); k < Math.min(m.end, end); k++) covered[k - first] = 1;
  }
  // "من مراسلنا في الأمم المتحدة X": the reporter's post, "في" and up to four words, before the names.
  let post = 0;
  if (tokens[first]!.text === 'في') while (post < covered.length && post <= REPORTER_POST_WORDS && covered[post] === 0) post++;
  if (post > REPORTER_POST_WORDS) post = 0;
  let uncovered = 0;
  covered.forEach((c, i) => {
    if (c === 0 && i >= post && tokens[first + i]!.text !== 'و') uncovered++;
  });
  // (The one word more may end the zone, a part of the last name the finder missed: "بقلم: X Y القاضي".)
  const last = covered.length - 1;
  return any && uncovered <= 1 && (covered[last] === 1 || (last > 0 && covered[last - 1] === 1));
}
