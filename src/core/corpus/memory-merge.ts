// Merging pages into the memory: a revisit updates a page, an import adds to
// it. Nothing already remembered is dropped by a merge; an import is shown as
// a plan (what it adds, what it changes) before anything is written. Pure.
import { LIMITS, type MemoryPage, type MemoryStatement } from './memory-schema';

const statementKey = (s: MemoryStatement) => `${s.quoteStart}:${s.quoteEnd}:${s.context}`;

/**
 * `incoming` merged into `base` (same URL): base's statements stay, new ones
 * are added up to the page limit; the newer visit's title, outlet and date
 * win unless they say less (an empty title, a visit-day date).
 */
export function mergePage(base: MemoryPage, incoming: MemoryPage): MemoryPage {
  const seen = new Set(base.statements.map(statementKey));
  const statements = [...base.statements];
  for (const s of incoming.statements) {
    if (statements.length >= LIMITS.statementsPerPage) break;
    if (seen.has(statementKey(s))) continue;
    seen.add(statementKey(s));
    statements.push(s);
  }
  const datedBetter = incoming.dateSource !== 'visit' || base.dateSource === 'visit';
  return {
    url: base.url,
    title: incoming.title || base.title,
    date: datedBetter ? incoming.date : base.date,
    dateSource: datedBetter ? incoming.dateSource : base.dateSource,
    savedAt: incoming.savedAt > base.savedAt ? incoming.savedAt : base.savedAt,
    outlet: incoming.outlet ?? base.outlet,
    conflict: incoming.conflict ?? base.conflict,
    statements,
  };
}

/** What an import will do, page by page, before it does it. */
export interface ImportPlan {
  /** Pages not remembered yet. */
  added: number;
  /** Pages already remembered that gain statements. */
  extended: number;
  /** Pages already remembered with nothing new. */
  unchanged: number;
  /** Statements the import adds in all. */
  newStatements: number;
  /** Statements left out because a page reached its limit. */
  overLimit: number;
}

export function planImport(lookup: (url: string) => MemoryPage | undefined, incoming: readonly MemoryPage[]): ImportPlan {
  const plan: ImportPlan = { added: 0, extended: 0, unchanged: 0, newStatements: 0, overLimit: 0 };
  for (const page of incoming) {
    const base = lookup(page.url);
    if (!base) {
      plan.added++;
      plan.newStatements += page.statements.length;
      continue;
    }
    const seen = new Set(base.statements.map(statementKey));
    const fresh = page.statements.filter((s) => !seen.has(statementKey(s))).length;
    const room = Math.max(0, LIMITS.statementsPerPage - base.statements.length);
    if (fresh === 0) plan.unchanged++;
    else plan.extended++;
    plan.newStatements += Math.min(fresh, room);
    plan.overLimit += Math.max(0, fresh - room);
  }
  return plan;
}
