// A reporter's byline names no actor of the story: "غزة – X" under the
// headline, "كتبت: X", "بيتا (نابلس) – X", "إعداد: X" at the foot. A person
// named on a byline is left out there; named in the story too, they keep the
// story's mentions. (On live pages the content script leaves bylines out of the
// article already; texts given whole, as the CLI reads them, keep them.)
import { lexicon } from '../lexicon';
import type { PreparedText } from '../matcher';
import { firstAbove } from '../text/search';
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

interface Zone {
  from: number;
  to: number;
}

/** The persons' mentions without those that stand alone on a byline. */
export function withoutBylines(doc: PreparedText, persons: Mention[]): Mention[] {
  if (persons.length === 0) return persons;
  const zones = bylineZones(doc.norm.text).filter((z) => namesOnly(doc, z, persons));
  if (zones.length === 0) return persons;
  return persons.filter((m) => !zones.some((z) => m.start >= z.from && m.stop <= z.to));
}

/** Where a byline's names may stand: after a byline label on a short line, or after a dateline's dash on one of the first lines. */
export function bylineZones(text: string): Zone[] {
  const zones: Zone[] = [];
  let lineNumber = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      lineNumber++;
      const from = line.length <= BYLINE_MAX_CHARS ? namesStart(line, lineNumber <= DATELINE_LINES) : -1;
      // ("إعداد: X – وحدة التحقق": the names end at a dash.)
      const dash = from >= 0 ? line.slice(from).search(/\s[-–—]\s/u) : -1;
      if (from >= 0) zones.push({ from: start + from, to: dash >= 0 ? start + from + dash : end });
    }
    start = end + 1;
  }
  return zones;
}

/** Where the names of a byline line begin, or -1: after its last label ("كتبت:"), else after a dateline's dash ("غزة – "). */
function namesStart(line: string, nearTop: boolean): number {
  // ("وكتب سامي:" opens a quote: a byline's names end its line.)
  if (line.trimEnd().endsWith(':')) return -1;
  const label = afterLabel(line);
  if (label >= 0) return label;
  if (!nearTop) return -1;
  const dash = lastDash(line);
  if (dash < 0) return -1;
  const place = line.slice(0, dash).trim();
  return place !== '' && wordCount(place) <= PLACE_MAX_WORDS ? dash + 1 : -1;
}

/** After the last byline label of the line followed by a colon or a dash ("كتبت: ", "حاورته - "), or opening the line ("بقلم "). */
function afterLabel(line: string): number {
  // (Most lines have no colon or dash: only their first word may be a label, "بقلم X".)
  if (!/[:\-–—]/u.test(line)) {
    const first = /^\s*([^\s:\-–—،,]+)\s/u.exec(line);
    return first && lexicon.bylineLabels.has(first[1]!) ? first[0].length : -1;
  }
  let found = -1;
  // Each run of characters other than a space, a colon, a dash or a comma (/[^\s:\-–—،,]+/u), read by code:
  // only a run as long as a label is cut out and looked up.
  for (let start = 0, end = 0; start < line.length; start = end) {
    while (start < line.length && partsLabels(line.charCodeAt(start))) start++;
    for (end = start; end < line.length && !partsLabels(line.charCodeAt(end)); ) end++;
    if (end === start || !labelLength(end - start) || !lexicon.bylineLabels.has(line.slice(start, end))) continue;
    const separator = /^\s*[:\-–—]/u.exec(line.slice(end));
    if (separator) found = end + separator[0].length;
    else if (line.slice(0, start).trim() === '') found = end;
  }
  return found;
}

/** Per code unit, filled on first sight: 1 for a space, a colon, a dash or a comma (what parts the words afterLabel reads), 2 for another. */
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
 * more (a title, "د. X"; a given name the finder missed, "هاجر X Y").
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
  let uncovered = 0;
  covered.forEach((c, i) => {
    if (c === 0 && tokens[first + i]!.text !== 'و') uncovered++;
  });
  return any && covered[covered.length - 1] === 1 && uncovered <= 1;
}
