// Every message between content scripts, background and popup, with a
// validator for each: a message that does not validate is dropped.
import type { ActorType, ConflictScore } from '../core/types';

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
}

export type Message =
  /** content-check → background: the page passed the cheap check; inject the highlighter. */
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
  /** content (hover card) → background: a speaker's earlier statements; answers StatementHit[]. */
  | { type: 'sada:statements-by-speaker'; actorId: string }
  /** popup → background: the reader's own corpus (see src/background/user-corpus.ts for the answers). */
  | { type: 'sada:user-corpus'; action: UserCorpusAction };

/** Filters of `sada:search` (dates YYYY-MM-DD, inclusive). */
export interface CorpusFilters {
  speaker?: string;
  conflict?: string;
  from?: string;
  to?: string;
}

export type UserCorpusAction =
  | { kind: 'save'; tabId: number }
  | { kind: 'list' }
  | { kind: 'remove'; url: string }
  | { kind: 'export' }
  | { kind: 'import'; file: string }
  | { kind: 'reset' };

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
  return v.quotes.every(
    (q) =>
      isObject(q) && isIndex(q.index) && (q.kind === 'direct' || q.kind === 'indirect') && isString(q.text, 2000) &&
      (q.speaker === null || (isObject(q.speaker) && (q.speaker.id === null || isString(q.speaker.id, 200)) && isString(q.speaker.name, 500))),
  );
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

function parseUserCorpusAction(v: unknown): UserCorpusAction | null {
  if (!isObject(v)) return null;
  switch (v.kind) {
    case 'save':
      return isTabId(v.tabId) ? { kind: 'save', tabId: v.tabId } : null;
    case 'list':
    case 'export':
    case 'reset':
      return { kind: v.kind };
    case 'remove':
      return isString(v.url, 8192) ? { kind: 'remove', url: v.url } : null;
    case 'import':
      // The file's content is validated in full by the background (user-schema.ts).
      return isString(v.file, 8_000_000) ? { kind: 'import', file: v.file } : null;
    default:
      return null;
  }
}

/** Returns the message if it is one of ours and well formed, otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  if (!isObject(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
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
    case 'sada:statements-by-speaker':
      return isActorId(raw.actorId) ? { type: raw.type, actorId: raw.actorId } : null;
    case 'sada:user-corpus': {
      const action = parseUserCorpusAction(raw.action);
      return action ? { type: raw.type, action } : null;
    }
    default:
      return null;
  }
}
