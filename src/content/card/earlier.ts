// The hover card's "earlier statements": what an actor said before, from the
// statement corpus the background holds.
//
// HOOK for the corpus engineer: wire fetchEarlierStatements to the background
// (`sada:statements-by-speaker`) and map its StatementHit[] to
// EarlierStatement[]. Until then the card shows "no earlier statements".

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

export const fetchEarlierStatements: EarlierStatementsFetcher = async (_actorId) => [];
