// Corpus packs: an index file written by `sada corpus build` (a newsroom's or
// a researcher's archive), imported by the reader and searched with the rest.
// A pack is checked in full before it is accepted: shape, every dictionary
// reference, every posting, no markup anywhere. Pure.
import { CONFLICT_IDS } from '../types';
import type { SerializedCorpus } from './build';
import { isActorId, looksLikeMarkup, type Validation } from './memory-schema';
import { CorpusFormatError, loadCorpus, type CorpusSegment } from './segment';
import { dateFromKey } from './types';

export const PACK_LIMITS = { statements: 200_000, nameChars: 100 } as const;

export interface PackInfo {
  statements: number;
  from: string | null;
  to: string | null;
}

const inRange = (column: readonly number[], size: number) => column.every((i) => i === -1 || (i >= 0 && i < size));

function problemOf(d: SerializedCorpus): string | null {
  if (d.count > PACK_LIMITS.statements) return `it holds ${d.count} statements (at most ${PACK_LIMITS.statements})`;
  if (!inRange(d.speaker, d.speakers.length) || !inRange(d.outlet, d.outlets.length) || !inRange(d.conflict, d.conflicts.length)) return 'a statement points outside the dictionaries';
  if (!d.source.every((i) => i >= 0 && i < d.sources.length)) return 'a statement has no source';
  for (let i = 0; i < d.count; i++) {
    const [start, end] = [d.quote[2 * i]!, d.quote[2 * i + 1]!];
    if (!(start >= 0 && end > start && end <= d.context[i]!.length)) return `statement ${i + 1} does not mark its quote inside its context`;
  }
  if (!d.speakers.every((s) => Array.isArray(s) && (s[0] === null || isActorId(s[0])) && typeof s[1] === 'string' && s[1].length <= 200)) return 'a speaker is malformed';
  if (!d.conflicts.every((c) => (CONFLICT_IDS as readonly unknown[]).includes(c))) return 'it names an unknown conflict';
  if (!d.sources.every((s) => Array.isArray(s) && typeof s[0] === 'string' && (s[1] === null || typeof s[1] === 'string') && (s[2] === undefined || s[2] === 1))) return 'a source is malformed';
  const texts = [...d.context, ...d.speakers.map((s) => s[1]), ...d.outlets, ...d.sources.flatMap((s) => [s[0], s[1] ?? ''])];
  if (texts.some((t) => typeof t !== 'string' || t.length > 5000 || looksLikeMarkup(t))) return 'it holds markup or script, which a statement never does';
  if (!d.date.every((k) => k === 0 || dateFromKey(k) !== null)) return 'a date is malformed';
  return null;
}

/** Checks a parsed pack file in full and loads it; a refusal says why. */
export function loadPack(raw: unknown): Validation<{ segment: CorpusSegment; info: PackInfo }> {
  let segment: CorpusSegment;
  try {
    segment = loadCorpus(raw, 'pack');
  } catch (err) {
    return { ok: false, error: `not a Sada corpus pack: ${(err as Error).message}` };
  }
  const data = raw as SerializedCorpus;
  const problem = problemOf(data);
  if (problem) return { ok: false, error: `pack refused: ${problem}` };
  try {
    for (const term of data.terms) {
      const { docs } = segment.postings(term);
      if (docs.length && docs[docs.length - 1]! >= data.count) return { ok: false, error: 'pack refused: its index points at statements it does not hold' };
    }
  } catch (err) {
    if (err instanceof CorpusFormatError) return { ok: false, error: `pack refused: ${err.message}` };
    return { ok: false, error: 'pack refused: its index is damaged' };
  }
  const dated = data.date.filter((k) => k > 0);
  const info: PackInfo = {
    statements: data.count,
    from: dated.length ? dateFromKey(dated.reduce((a, b) => Math.min(a, b))) : null,
    to: dated.length ? dateFromKey(dated.reduce((a, b) => Math.max(a, b))) : null,
  };
  return { ok: true, value: { segment, info } };
}
