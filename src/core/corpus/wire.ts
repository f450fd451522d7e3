// Answers that cross from the background to the popup or a content script are
// checked again on arrival, like every message: these validate them. Pure.
import type { StatementHit } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number) => v === null || str(v, max);
const int = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

function isHit(v: unknown): v is StatementHit {
  if (!isObject(v) || !isObject(v.statement)) return false;
  const s = v.statement;
  if (!(s.kind === 'direct' || s.kind === 'indirect') || !str(s.context, 5000) || !int(s.quoteStart) || !int(s.quoteEnd)) return false;
  if ((s.quoteEnd as number) > s.context.length || (s.quoteStart as number) > (s.quoteEnd as number)) return false;
  if (!(s.speaker === null || (isObject(s.speaker) && strOrNull(s.speaker.id, 200) && str(s.speaker.name, 500)))) return false;
  if (!strOrNull(s.date, 10) || !strOrNull(s.outlet, 500) || !str(s.source, 8192) || !strOrNull(s.title, 1000) || !strOrNull(s.conflict, 40)) return false;
  if (!Array.isArray(v.sources) || v.sources.length > 100) return false;
  if (!v.sources.every((x) => isObject(x) && strOrNull(x.outlet, 500) && str(x.source, 8192) && strOrNull(x.title, 1000) && strOrNull(x.date, 10))) return false;
  if (!Array.isArray(v.matches) || !v.matches.every((m) => isObject(m) && int(m.start) && int(m.end) && (m.end as number) <= (s.context as string).length)) return false;
  if (!Array.isArray(v.matchedWords) || !v.matchedWords.every((w) => str(w, 200))) return false;
  return typeof v.score === 'number' && (v.origin === 'bundled' || v.origin === 'user');
}

/** The hits of an answer, or null when it is not a well-formed list of hits. */
export function parseHits(raw: unknown): StatementHit[] | null {
  return Array.isArray(raw) && raw.length <= 200 && raw.every(isHit) ? raw : null;
}

/** A saved page as the popup lists it. */
export interface SavedPageSummary {
  url: string;
  title: string;
  date: string;
  statements: number;
}

/** The background's answer to `sada:user-corpus`. */
export type UserCorpusAnswer =
  | { ok: true; pages: SavedPageSummary[]; problem: string | null; file?: string; message?: string }
  | { ok: false; error: string; pages: SavedPageSummary[]; problem: string | null };

export function parseUserCorpusAnswer(raw: unknown): UserCorpusAnswer | null {
  if (!isObject(raw) || typeof raw.ok !== 'boolean' || !strOrNull(raw.problem, 2000)) return null;
  if (!Array.isArray(raw.pages) || !raw.pages.every((p) => isObject(p) && str(p.url, 8192) && str(p.title, 1000) && str(p.date, 10) && int(p.statements))) return null;
  if (raw.ok) {
    if (raw.file !== undefined && !str(raw.file, 8_000_000)) return null;
    if (raw.message !== undefined && !str(raw.message, 2000)) return null;
    return raw as UserCorpusAnswer;
  }
  return str(raw.error, 2000) ? (raw as UserCorpusAnswer) : null;
}
