// The hover card's "earlier statements": what an actor said before, from the
// statement corpus the background holds.
//
// fetchEarlierStatements asks the background (`sada:statements-by-speaker`) and
// maps its StatementHit[] to EarlierStatement[].
import { parseHits, type StatementHit } from '../../core';
import type { Message } from '../../shared/messages';

export interface EarlierStatement {
  /** What was said (the quote or its context), as printed. */
  text: string;
  /** Outlet or page title. */
  source: string;
  /** YYYY-MM-DD when known. */
  date: string | null;
  url: string | null;
}

export type EarlierStatementsFetcher = (actorId: string) => Promise<EarlierStatement[]>;

export const fetchEarlierStatements: EarlierStatementsFetcher = (actorId) => askBackground(actorId);

// Wired to the background's statement corpus (corpus engineer).
interface SendingRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

function runtimeApi(): SendingRuntime | null {
  const scope = globalThis as unknown as { browser?: SendingRuntime; chrome?: SendingRuntime };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  return api?.runtime?.sendMessage ? api : null;
}

const isWebUrl = (s: string) => /^https?:\/\//i.test(s);

/** A corpus hit as the card shows it: the quote's words, where and when. */
export function toEarlierStatement(hit: StatementHit): EarlierStatement {
  const st = hit.statement;
  const first = hit.sources[0];
  return {
    text: st.context.slice(st.quoteStart, st.quoteEnd),
    source: first?.outlet ?? first?.title ?? st.outlet ?? st.title ?? st.source,
    date: st.date,
    url: first && isWebUrl(first.source) ? first.source : null,
  };
}

/** Asks the background for the actor's statements (answer validated); the page's own are left out. */
async function askBackground(actorId: string): Promise<EarlierStatement[]> {
  const api = runtimeApi();
  if (!api) return [];
  const message: Message = { type: 'sada:statements-by-speaker', actorId };
  let raw: unknown;
  try {
    raw = await api.runtime.sendMessage(message);
  } catch {
    return [];
  }
  const here = typeof location === 'undefined' ? '' : location.href.split('#')[0];
  return (parseHits(raw) ?? [])
    .filter((hit) => !hit.sources.every((s) => s.source === here))
    .map(toEarlierStatement);
}
