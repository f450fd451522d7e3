// Every message between content scripts, background and popup, with a
// validator for each: a message that does not validate is dropped.
import type { ActorType, ConflictScore } from '../core';

export type PageState = 'annotated' | 'off' | 'not-arabic' | 'not-conflict' | 'pending' | 'error';

export interface ReportActor {
  /** Index of the actor in the page's analysis; used by `sada:reveal`. */
  index: number;
  id: string | null;
  type: ActorType;
  name: { ar: string; en: string };
  about: { ar: string; en: string } | null;
  count: number;
}

export interface ReportQuote {
  index: number;
  kind: 'direct' | 'indirect';
  /** The quote's text, cut to a few hundred characters. */
  text: string;
  speaker: { id: string | null; name: string } | null;
  /**
   * The sentence(s) around the quote (`text.slice(start, end)` is the quote),
   * for the memory; null when the quote is outside the main article (a teaser
   * or "read also" line), which the memory leaves out.
   */
  context?: { text: string; start: number; end: number } | null;
}

/** What the page says about itself (src/content/page-meta.ts), sent with the final report. */
export interface ReportPageMeta {
  url: string;
  title: string;
  outlet: string;
  published: { date: string | null; source: 'json-ld' | 'meta' | 'time' | 'url' | 'visit' };
}

export interface PageReport {
  state: PageState;
  url: string;
  language: string | null;
  conflicts: ConflictScore[];
  actors: ReportActor[];
  quotes: ReportQuote[];
  /** A short reason for states other than annotated (for the popup). */
  reason?: string;
  /** The page's own metadata, for the memory (readPageMeta). */
  page?: ReportPageMeta;
}

export type Message =
  /**
   * content-check (first stage) → background: the page is written in the Arabic script; inject the second
   * stage (content-main.js). Answered with whether the sender's site is switched on (a boolean).
   */
  | { type: 'sada:probe-arabic' }
  /** content-main → background: the page passed the check and is being annotated (the popup shows "reading the page"). */
  | { type: 'sada:check-passed' }
  /**
   * content → background: analyze this article text (or one part of a long one) where the analyzer
   * stays warm; answers an AnalysisAnswer (src/shared/analysis-wire.ts).
   */
  | { type: 'sada:analyze'; text: string; stopEarly: boolean }
  /** content → background: the page's state and what it holds (badge, popup). */
  | { type: 'sada:page-report'; report: PageReport }
  /** popup → background: the report of a tab. */
  | { type: 'sada:get-report'; tabId: number }
  /** popup → content: scroll to and flash an actor's first mention or a quote. */
  | { type: 'sada:reveal'; kind: 'actor' | 'quote'; index: number }
  /** background → popup: the report of this tab changed; ask again with `sada:get-report`. */
  | { type: 'sada:report-updated'; tabId: number }
  /**
   * background → content (top frame): answer with your current PageReport (sendResponse), or don't answer.
   * Sent when the tab "loaded" but the document may be the same one (history.pushState in Chromium fires
   * tabs.onUpdated status "loading" without a new document).
   */
  | { type: 'sada:request-report' }
  /** popup → background: search the statement corpus (bundled + the reader's); answers StatementHit[]. */
  | { type: 'sada:search'; query: string; filters: CorpusFilters }
  /** popup → background: statements related to a tab's page; answers StatementHit[]. */
  | { type: 'sada:related'; tabId: number }
  /** extension pages → background: the memory (see src/background/memory.ts for the answers). */
  | { type: 'sada:memory'; action: MemoryAction }
  /**
   * card.html → background: an actor's latest statements, and for a quote the speaker's closest earlier
   * ones (the tab's own page left out), with what the tab's page says about itself (for a citation).
   */
  | { type: 'sada:card'; actorId: string | null; quote: string | null }
  /** timeline view → background: an actor's statements, newest first. */
  | { type: 'sada:timeline'; actorId: string; filters: CorpusFilters };

/** Filters of `sada:search` (dates YYYY-MM-DD, inclusive). */
export interface CorpusFilters {
  speaker?: string;
  conflict?: string;
  from?: string;
  to?: string;
}

export type MemoryAction =
  /** Remember this tab's page now (also when remembering is switched off). */
  | { kind: 'save'; tabId: number }
  /** The newest `limit` pages and the totals. */
  | { kind: 'list'; limit: number }
  | { kind: 'forget-page'; url: string }
  | { kind: 'forget-site'; host: string }
  | { kind: 'forget-all' }
  /** Puts back what the last forget removed. */
  | { kind: 'undo' }
  | { kind: 'export' }
  /** Pages of an import file, in batches; `dryRun` answers the plan and changes nothing. */
  | { kind: 'import-pages'; pages: unknown[]; dryRun: boolean }
  /** Removes the stored pages that failed validation (they are set aside, never read). */
  | { kind: 'drop-damaged' }
  | { kind: 'pack-import'; name: string; file: string }
  | { kind: 'pack-remove'; id: string };

/** The most text one `sada:analyze` carries (content cuts longer articles into parts). */
export const MAX_ANALYZE_CHARS = 200_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = 10_000): v is string => typeof v === 'string' && v.length <= max;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1_000_000;
/** Tab ids are not small: Chromium hands out ids near 2^31. */
const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const PAGE_STATES: readonly PageState[] = ['annotated', 'off', 'not-arabic', 'not-conflict', 'pending', 'error'];
const ACTOR_TYPES: readonly ActorType[] = ['person', 'state', 'organization', 'group', 'media'];

function isNames(v: unknown): v is { ar: string; en: string } {
  return isObject(v) && isString(v.ar, 500) && isString(v.en, 500);
}

function isReport(v: unknown): v is PageReport {
  if (!isObject(v)) return false;
  if (!PAGE_STATES.includes(v.state as PageState) || !isString(v.url, 8192)) return false;
  if (!(v.language === null || isString(v.language, 16))) return false;
  if (v.reason !== undefined && !isString(v.reason, 500)) return false;
  if (!Array.isArray(v.conflicts) || v.conflicts.length > 10) return false;
  if (!v.conflicts.every((c) => isObject(c) && isString(c.id, 40) && typeof c.score === 'number' && Number.isFinite(c.score))) return false;
  if (!Array.isArray(v.actors) || v.actors.length > 5000) return false;
  const actorsOk = v.actors.every(
    (a) =>
      isObject(a) && isIndex(a.index) && (a.id === null || isString(a.id, 200)) &&
      ACTOR_TYPES.includes(a.type as ActorType) && isNames(a.name) && (a.about === null || isNames(a.about)) && isIndex(a.count),
  );
  if (!actorsOk) return false;
  if (!Array.isArray(v.quotes) || v.quotes.length > 5000) return false;
  if (v.page !== undefined && !isPageMeta(v.page)) return false;
  return v.quotes.every(
    (q) =>
      isObject(q) && isIndex(q.index) && (q.kind === 'direct' || q.kind === 'indirect') && isString(q.text, 2000) &&
      (q.speaker === null || (isObject(q.speaker) && (q.speaker.id === null || isString(q.speaker.id, 200)) && isString(q.speaker.name, 500))) &&
      (q.context === undefined || q.context === null || isContext(q.context)),
  );
}

function isContext(v: unknown): boolean {
  if (!isObject(v) || !isString(v.text, 4000) || !isIndex(v.start) || !isIndex(v.end)) return false;
  return (v.start as number) < (v.end as number) && (v.end as number) <= (v.text as string).length;
}

const PUBLISHED_SOURCES = ['json-ld', 'meta', 'time', 'url', 'visit'];
function isPageMeta(v: unknown): v is ReportPageMeta {
  if (!isObject(v) || !isString(v.url, 8192) || !isString(v.title, 1000) || !isString(v.outlet, 500) || !isObject(v.published)) return false;
  const p = v.published;
  return (p.date === null || isDay(p.date)) && PUBLISHED_SOURCES.includes(p.source as string);
}

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isActorId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(v);

function parseFilters(v: unknown): CorpusFilters | null {
  if (v === undefined) return {};
  if (!isObject(v)) return null;
  const out: CorpusFilters = {};
  if (v.speaker !== undefined) {
    if (!isActorId(v.speaker)) return null;
    out.speaker = v.speaker;
  }
  if (v.conflict !== undefined) {
    if (!isActorId(v.conflict)) return null;
    out.conflict = v.conflict;
  }
  for (const k of ['from', 'to'] as const) {
    if (v[k] === undefined) continue;
    if (!isDay(v[k])) return null;
    out[k] = v[k];
  }
  return out;
}

/** Pages per import batch (each page is validated in full by the background, memory-schema.ts). */
export const IMPORT_BATCH_PAGES = 500;
/** Largest pack file accepted over a message. */
export const MAX_PACK_CHARS = 60_000_000;

function parseMemoryAction(v: unknown): MemoryAction | null {
  if (!isObject(v)) return null;
  switch (v.kind) {
    case 'save':
      return isTabId(v.tabId) ? { kind: 'save', tabId: v.tabId } : null;
    case 'list':
      return Number.isInteger(v.limit) && (v.limit as number) > 0 && (v.limit as number) <= 100_000 ? { kind: 'list', limit: v.limit as number } : null;
    case 'export':
    case 'forget-all':
    case 'undo':
    case 'drop-damaged':
      return { kind: v.kind };
    case 'forget-page':
      return isString(v.url, 8192) ? { kind: 'forget-page', url: v.url } : null;
    case 'forget-site':
      return isString(v.host, 253) && v.host.length > 0 ? { kind: 'forget-site', host: v.host } : null;
    case 'import-pages':
      return Array.isArray(v.pages) && v.pages.length <= IMPORT_BATCH_PAGES && typeof v.dryRun === 'boolean'
        ? { kind: 'import-pages', pages: v.pages, dryRun: v.dryRun }
        : null;
    case 'pack-import':
      return isString(v.name, 200) && isString(v.file, MAX_PACK_CHARS) ? { kind: 'pack-import', name: v.name, file: v.file } : null;
    case 'pack-remove':
      return isString(v.id, 100) ? { kind: 'pack-remove', id: v.id } : null;
    default:
      return null;
  }
}

/** Returns the message if it is one of ours and well formed, otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'sada:probe-arabic':
    case 'sada:check-passed':
      return { type: raw.type };
    case 'sada:analyze':
      return isString(raw.text, MAX_ANALYZE_CHARS) && typeof raw.stopEarly === 'boolean'
        ? { type: raw.type, text: raw.text, stopEarly: raw.stopEarly }
        : null;
    case 'sada:page-report':
      return isReport(raw.report) ? { type: raw.type, report: raw.report } : null;
    case 'sada:get-report':
      return isTabId(raw.tabId) ? { type: raw.type, tabId: raw.tabId } : null;
    case 'sada:reveal':
      return (raw.kind === 'actor' || raw.kind === 'quote') && isIndex(raw.index)
        ? { type: raw.type, kind: raw.kind, index: raw.index }
        : null;
    case 'sada:request-report':
      return { type: raw.type };
    case 'sada:report-updated':
      return isTabId(raw.tabId) ? { type: raw.type, tabId: raw.tabId } : null;
    case 'sada:search': {
      const filters = parseFilters(raw.filters);
      return isString(raw.query, 500) && filters ? { type: raw.type, query: raw.query, filters } : null;
    }
    case 'sada:related':
      return isTabId(raw.tabId) ? { type: raw.type, tabId: raw.tabId } : null;
    case 'sada:memory': {
      const action = parseMemoryAction(raw.action);
      return action ? { type: raw.type, action } : null;
    }
    case 'sada:card':
      return (raw.actorId === null || isActorId(raw.actorId)) && (raw.quote === null || isString(raw.quote, 2000))
        ? { type: raw.type, actorId: raw.actorId, quote: raw.quote }
        : null;
    case 'sada:timeline': {
      const filters = parseFilters(raw.filters);
      return isActorId(raw.actorId) && filters ? { type: raw.type, actorId: raw.actorId, filters } : null;
    }
    default:
      return null;
  }
}
