// A page report (content → background) as a page of the memory: its quotes in
// their sentences, speaker, the page's own outlet and date. Pure.
import { LIMITS, looksLikeMarkup, isActorId, type MemoryPage, type MemoryStatement } from '../core';
import type { PageReport, ReportQuote } from '../shared/messages';

/** Query parameters that only track the click, not the article. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_[a-z]+|ref|ref_src|at_medium|at_campaign|output)$/i;

/** The address a page is remembered under: no fragment, no tracking parameters. Null for a non-web address. */
export function memoryUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  const out = url.toString();
  return out.length <= LIMITS.urlChars ? out : null;
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
};

const localDay = (now: Date) => new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const safeText = (s: string, max: number) => (looksLikeMarkup(s) ? '' : s.replace(/\s+/g, ' ').trim().slice(0, max));

function statementOf(q: ReportQuote): MemoryStatement | null {
  if (q.context === null) return null; // a teaser or "read also" line: another story's words
  const speaker = q.speaker ? { id: isActorId(q.speaker.id) ? q.speaker.id : null, name: safeText(q.speaker.name, LIMITS.nameChars) } : null;
  if (speaker && !speaker.name) return null;
  let context = q.context?.text ?? q.text;
  let start = q.context?.start ?? 0;
  let end = q.context?.end ?? q.text.length;
  if (context.length > LIMITS.contextChars) {
    // A long quote: keep the quote alone, cut to the limit.
    context = context.slice(start, Math.min(end, start + LIMITS.contextChars));
    [start, end] = [0, context.length];
  }
  if (!context.slice(start, end).trim() || looksLikeMarkup(context)) return null;
  return { kind: q.kind, context, quoteStart: start, quoteEnd: end, speaker };
}

/** The report's page as the memory keeps it, or null when it has nothing to remember. */
export function pageFromReport(report: PageReport, tabTitle: string, now = new Date()): MemoryPage | null {
  if (report.state !== 'annotated') return null;
  const url = memoryUrl(report.page?.url || report.url);
  if (!url) return null;
  const statements: MemoryStatement[] = [];
  for (const q of report.quotes) {
    if (statements.length >= LIMITS.statementsPerPage) break;
    const s = statementOf(q);
    if (s) statements.push(s);
  }
  if (statements.length === 0) return null;
  const published = report.page?.published;
  const dated = published?.date && published.source !== 'visit';
  return {
    url,
    title: safeText(report.page?.title || tabTitle, LIMITS.titleChars),
    date: dated ? published.date! : localDay(now),
    dateSource: dated ? published.source : 'visit',
    savedAt: now.toISOString(),
    outlet: safeText(report.page?.outlet ?? '', LIMITS.nameChars) || hostOf(url) || null,
    conflict: report.conflicts[0]?.id ?? null,
    statements,
  };
}
