// A body's short name in brackets right after its full name ("منظمة الأغذية
// والزراعة (فاو)", "الوكالة الوطنية لإزالة الألغام (ANAMA)") names the same
// body, there and wherever the text repeats it alone ("ممثل فاو في اليمن").
import { procliticReadings, toOriginal, type PreparedText, type Token } from '../matcher';
import type { Mention } from '../persons';

/** A short name once normalized: one word of 2–10 Arabic letters, or Latin ones (printed in capitals: an acronym). */
const SHORT_NAME = /^(?:[a-z]{2,10}|[\u0621-\u064a]{2,10})$/;

const LOWER_LATIN_FIRST = /^[a-z]/;
const UPPER_LATIN_ONLY = /^[A-Z]+$/;
/** The token as the text prints it is a short name: Latin letters only in capitals ("WHO", not "who"). */
function printedAsShortName(text: string, doc: PreparedText, t: Token): boolean {
  if (!SHORT_NAME.test(t.text)) return false;
  const span = toOriginal(doc, t.start, t.end);
  return !LOWER_LATIN_FIRST.test(t.text) || UPPER_LATIN_ONLY.test(text.slice(span.start, span.end));
}

/** The text between two tokens, trimmed. */
const gapBetween = (doc: PreparedText, a: Token, b: Token | undefined): string => (b ? doc.norm.text.slice(a.end, b.start) : doc.norm.text.slice(a.end)).trim();

/**
 * Token k stands alone in brackets: "(" right before it, ")" right after it
 * ("(فاو)،" but not "(فاو وشركاؤها)").
 */
export function bracketed(doc: PreparedText, k: number): boolean {
  const { tokens } = doc;
  const before = tokens[k - 1];
  if (!before || gapBetween(doc, before, tokens[k]) !== '(') return false;
  return gapBetween(doc, tokens[k]!, tokens[k + 1]).startsWith(')');
}

/** Each short name in brackets after a body's mention, to the body's key ('' where two bodies claim it). */
function shortNames(text: string, doc: PreparedText, bodies: readonly Mention[], taken: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of bodies) {
    const k = m.end;
    const t = doc.tokens[k];
    if (!t || taken[k] || !printedAsShortName(text, doc, t) || !bracketed(doc, k)) continue;
    out.set(t.text, out.has(t.text) && out.get(t.text) !== m.key ? '' : m.key);
  }
  return out;
}

/**
 * Mentions of bodies by the short name the text (as printed: `text`) gives them in brackets.
 * `bodies`: the mentions of bodies found (no persons, no states); `others`:
 * every mention found, whose tokens no short name may take.
 */
export function shortNameMentions(text: string, doc: PreparedText, bodies: readonly Mention[], others: readonly Mention[]): Mention[] {
  const taken = new Uint8Array(doc.tokens.length);
  for (const m of others) taken.fill(1, m.first, m.end);
  const names = shortNames(text, doc, bodies, taken);
  if (names.size === 0) return [];
  const out: Mention[] = [];
  doc.tokens.forEach((t, k) => {
    if (taken[k]) return;
    // ("والفاو", "لفاو": behind a proclitic too, the Arabic short name.)
    for (const [p, stem] of procliticReadings(t.text)) {
      const key = names.get(stem);
      if (!key) continue;
      out.push({ first: k, end: k + 1, start: t.start + p.length, stop: t.end, key });
      return;
    }
  });
  return out;
}
