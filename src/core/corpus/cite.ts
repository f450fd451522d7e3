// Citations and exports of statements: a quote as a citation in Arabic or
// English, and lists of statements as CSV, as documented JSON, and as W3C Web
// Annotation JSON-LD (TextQuoteSelector with prefix and suffix, the form
// Hypothesis exports). Pure.
import type { MemoryPage } from './memory-schema';
import type { StatementHit } from './types';

/** One statement with everything a citation or an export row needs. */
export interface CitedStatement {
  kind: 'direct' | 'indirect';
  speaker: { id: string | null; name: string } | null;
  quote: string;
  context: string;
  quoteStart: number;
  quoteEnd: number;
  outlet: string | null;
  /** 'YYYY-MM-DD' or null. */
  date: string | null;
  /** 'visit' when the date is the day it was read, not the article's. */
  dateSource: string | null;
  /** The page's address (or a file name for the bundled corpus). */
  url: string;
  title: string | null;
  conflict: string | null;
  /** Where it was read or imported (ISO 8601), when known. */
  savedAt: string | null;
}

export function citedFromPages(pages: readonly MemoryPage[]): CitedStatement[] {
  return pages.flatMap((p) =>
    p.statements.map((s) => ({
      kind: s.kind,
      speaker: s.speaker,
      quote: s.context.slice(s.quoteStart, s.quoteEnd),
      context: s.context,
      quoteStart: s.quoteStart,
      quoteEnd: s.quoteEnd,
      outlet: p.outlet,
      date: p.date,
      dateSource: p.dateSource,
      url: p.url,
      title: p.title || null,
      conflict: p.conflict,
      savedAt: p.savedAt,
    })),
  );
}

export function citedFromHit(hit: StatementHit): CitedStatement {
  const st = hit.statement;
  const first = hit.sources[0];
  return {
    kind: st.kind,
    speaker: st.speaker,
    quote: st.context.slice(st.quoteStart, st.quoteEnd),
    context: st.context,
    quoteStart: st.quoteStart,
    quoteEnd: st.quoteEnd,
    outlet: first?.outlet ?? st.outlet,
    date: first?.date ?? st.date,
    dateSource: (first ? first.visitDate : st.visitDate) ? 'visit' : null,
    url: first?.source ?? st.source,
    title: first?.title ?? st.title,
    conflict: st.conflict,
    savedAt: null,
  };
}

const isWeb = (url: string) => /^https?:\/\//i.test(url);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A citation: who, the words, where and when, the address.
 * ar: بيسكوف: «…». RT Arabic، 2023-09-20. https://…
 * en: Peskov: “…” RT Arabic, 20 September 2023. https://…
 */
export function citation(s: CitedStatement, lang: 'ar' | 'en', speakerName?: string): string {
  const who = speakerName || s.speaker?.name || (lang === 'ar' ? 'متحدث غير معروف' : 'Unknown speaker');
  const words = oneLine(s.quote);
  const outlet = s.outlet || (lang === 'ar' ? 'مصدر غير معروف' : 'unknown outlet');
  const read = s.dateSource === 'visit';
  if (lang === 'ar') {
    const when = s.date ? (read ? `قُرئ في ${s.date}` : s.date) : 'دون تاريخ';
    const said = s.kind === 'direct' ? `«${words}»` : `(بتصرف) ${words}`;
    return `${who}: ${said}. ${outlet}، ${when}.${isWeb(s.url) ? ` ${s.url}` : ''}`;
  }
  const when = s.date ? `${read ? 'read on ' : ''}${englishDate(s.date)}` : 'undated';
  const said = s.kind === 'direct' ? `“${words}”` : `(reported) ${words}`;
  return `${who}: ${said}. ${outlet}, ${when}.${isWeb(s.url) ? ` ${s.url}` : ''}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function englishDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

export const CSV_COLUMNS = ['speaker_id', 'speaker_name', 'kind', 'quote', 'context', 'outlet', 'date', 'date_source', 'url', 'title', 'conflict', 'saved_at'] as const;

/** A CSV field: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function csvField(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** RFC 4180 CSV with a header row, UTF-8 with a byte order mark (spreadsheets then read Arabic right). */
export function toCsv(rows: readonly CitedStatement[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const s of rows) {
    lines.push(
      [s.speaker?.id ?? null, s.speaker?.name ?? null, s.kind, s.quote, s.context, s.outlet, s.date, s.dateSource, s.url, s.title, s.conflict, s.savedAt]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The documented JSON of a list of statements (format "sada-statements"). */
export function toStatementsJson(rows: readonly CitedStatement[], now = new Date()): string {
  return JSON.stringify({ format: 'sada-statements', version: 1, exportedAt: now.toISOString(), statements: rows }, null, 1);
}

/** Characters of context kept on each side of the quote in a TextQuoteSelector. */
const AFFIX_CHARS = 32;

/** A short stable id for an annotation (FNV-1a over its address and words). */
function annotationId(s: CitedStatement): string {
  let h = 0x811c9dc5;
  const key = `${s.url}\u0000${s.quoteStart}\u0000${s.quote}`;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `urn:sada:statement:${h.toString(16).padStart(8, '0')}`;
}

/** One statement as a W3C Web Annotation. */
export function toWebAnnotation(s: CitedStatement): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [];
  if (s.speaker) body.push({ type: 'TextualBody', purpose: 'describing', format: 'text/plain', language: 'ar', value: `${s.kind === 'direct' ? 'Quote' : 'Reported statement'} by ${s.speaker.name}${s.speaker.id ? ` (${s.speaker.id})` : ''}` });
  if (s.conflict) body.push({ type: 'TextualBody', purpose: 'tagging', value: s.conflict });
  if (s.outlet) body.push({ type: 'TextualBody', purpose: 'tagging', value: `outlet:${s.outlet}` });
  return {
    id: annotationId(s),
    type: 'Annotation',
    motivation: 'highlighting',
    ...(s.savedAt ? { created: s.savedAt } : {}),
    body,
    target: {
      source: s.url,
      selector: {
        type: 'TextQuoteSelector',
        exact: s.quote,
        prefix: s.context.slice(Math.max(0, s.quoteStart - AFFIX_CHARS), s.quoteStart),
        suffix: s.context.slice(s.quoteEnd, s.quoteEnd + AFFIX_CHARS),
      },
    },
  };
}

/** A list of statements as one Web Annotation collection (JSON-LD). */
export function toWebAnnotations(rows: readonly CitedStatement[], label = 'Sada statements'): string {
  return JSON.stringify(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label,
      total: rows.length,
      first: { type: 'AnnotationPage', items: rows.map(toWebAnnotation) },
    },
    null,
    1,
  );
}
