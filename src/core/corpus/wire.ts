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
  if (s.visitDate !== undefined && typeof s.visitDate !== 'boolean') return false;
  if (!strOrNull(s.date, 10) || !strOrNull(s.outlet, 500) || !str(s.source, 8192) || !strOrNull(s.title, 1000) || !strOrNull(s.conflict, 40)) return false;
  if (!Array.isArray(v.sources) || v.sources.length > 100) return false;
  if (!v.sources.every((x) => isObject(x) && strOrNull(x.outlet, 500) && str(x.source, 8192) && strOrNull(x.title, 1000) && strOrNull(x.date, 10) && (x.visitDate === undefined || typeof x.visitDate === 'boolean'))) return false;
  if (!Array.isArray(v.matches) || !v.matches.every((m) => isObject(m) && int(m.start) && int(m.end) && (m.end as number) <= (s.context as string).length)) return false;
  if (!Array.isArray(v.matchedWords) || !v.matchedWords.every((w) => str(w, 200))) return false;
  return typeof v.score === 'number' && (v.origin === 'bundled' || v.origin === 'user' || v.origin === 'pack');
}

/** The hits of an answer, or null when it is not a well-formed list of hits. */
export function parseHits(raw: unknown): StatementHit[] | null {
  return Array.isArray(raw) && raw.length <= 200 && raw.every(isHit) ? raw : null;
}

/** A remembered page as the popup lists it. */
export interface PageSummary {
  url: string;
  title: string;
  outlet: string | null;
  date: string;
  dateSource: string;
  statements: number;
}

/** An imported corpus pack as the popup lists it. */
export interface PackSummary {
  id: string;
  name: string;
  statements: number;
  bytes: number;
  /** The date range of its statements, 'YYYY-MM-DD' or null. */
  from: string | null;
  to: string | null;
}

/** What an import will do (memory-merge.ts). */
export interface ImportPlanSummary {
  added: number;
  extended: number;
  unchanged: number;
  newStatements: number;
  overLimit: number;
}

/** The background's answer to `sada:memory`. */
export interface MemoryAnswer {
  ok: boolean;
  /** Why the action failed (ok false), in words a reader can act on. */
  error?: string;
  message?: string;
  /** The newest pages (as many as listed), and the totals. */
  pages: PageSummary[];
  totalPages: number;
  totalStatements: number;
  /** Stored pages that failed validation and are set aside. */
  damaged: number;
  /** Pages the last forget removed that `undo` can put back. */
  undoable: number;
  packs: PackSummary[];
  file?: string;
  plan?: ImportPlanSummary;
}

const isPageSummary = (p: unknown) =>
  isObject(p) && str(p.url, 8192) && str(p.title, 1000) && strOrNull(p.outlet, 500) && str(p.date, 10) && str(p.dateSource, 10) && int(p.statements);
const isPack = (p: unknown) => isObject(p) && str(p.id, 100) && str(p.name, 200) && int(p.statements) && int(p.bytes) && strOrNull(p.from, 10) && strOrNull(p.to, 10);
const isPlan = (p: unknown) => isObject(p) && ['added', 'extended', 'unchanged', 'newStatements', 'overLimit'].every((k) => int(p[k]));

export function parseMemoryAnswer(raw: unknown): MemoryAnswer | null {
  if (!isObject(raw) || typeof raw.ok !== 'boolean') return null;
  if (!Array.isArray(raw.pages) || !raw.pages.every(isPageSummary)) return null;
  if (!Array.isArray(raw.packs) || !raw.packs.every(isPack)) return null;
  if (![raw.totalPages, raw.totalStatements, raw.damaged, raw.undoable].every(int)) return null;
  if (raw.error !== undefined && !str(raw.error, 2000)) return null;
  if (raw.message !== undefined && !str(raw.message, 2000)) return null;
  if (raw.file !== undefined && !str(raw.file, 200_000_000)) return null;
  if (raw.plan !== undefined && !isPlan(raw.plan)) return null;
  return raw as unknown as MemoryAnswer;
}

/** The background's answer to `sada:card`. */
export interface CardAnswer {
  /** The actor's latest statements, newest first. */
  latest: StatementHit[];
  /** For a quote: the speaker's earlier statements closest to it in wording and topic. */
  similar: StatementHit[];
  /** What the card's own page says about itself (for citing a quote of it), when known. */
  here: HereMeta | null;
}

export interface HereMeta {
  url: string;
  title: string;
  outlet: string;
  date: string | null;
  dateSource: string;
}

const isHere = (v: unknown): v is HereMeta =>
  isObject(v) && str(v.url, 8192) && str(v.title, 1000) && str(v.outlet, 500) && strOrNull(v.date, 10) && str(v.dateSource, 10);

export function parseCardAnswer(raw: unknown): CardAnswer | null {
  if (!isObject(raw)) return null;
  const latest = parseHits(raw.latest);
  const similar = parseHits(raw.similar);
  if (!latest || !similar || !(raw.here === null || isHere(raw.here))) return null;
  return { latest, similar, here: raw.here };
}
