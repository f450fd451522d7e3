// Statement hits as plain text for a terminal: matched words in bold (ANSI), one block per statement. Pure.
import type { StatementHit } from './types';

export function renderHits(hits: readonly StatementHit[], colour: boolean): string {
  if (hits.length === 0) return 'no statements found';
  const bold = (s: string) => (colour ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string) => (colour ? `\u001b[2m${s}\u001b[22m` : s);
  return hits
    .map((hit, i) => {
      const st = hit.statement;
      // The quote, matched words in bold; the sentence around it when it says more.
      const inQuote = hit.matches.filter((m) => m.start >= st.quoteStart && m.end <= st.quoteEnd);
      let text = '';
      let at = st.quoteStart;
      for (const m of inQuote) {
        text += st.context.slice(at, m.start) + bold(st.context.slice(m.start, m.end));
        at = m.end;
      }
      text += st.context.slice(at, st.quoteEnd);
      const around = st.context.length > st.quoteEnd - st.quoteStart + 2 ? dim(`   … ${st.context}`) : null;
      const who = st.speaker ? st.speaker.name + (st.speaker.id ? ` (${st.speaker.id})` : '') : 'unattributed';
      const where = hit.sources.map((s) => [s.outlet ?? 'unknown outlet', s.date ?? 'undated', s.source].join(', '));
      return [`${i + 1}. ${who} · ${st.conflict ?? 'no conflict'} · ${st.kind}`, `   «${text}»`, ...(around ? [around] : []), ...where.map((w) => dim(`   ${w}`))].join('\n');
    })
    .join('\n\n');
}
