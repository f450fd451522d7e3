// A statement's context as text pieces: the quote emphasized, matched words
// marked. Preact text nodes only, never innerHTML.
import type { StatementHit } from '../../core';

interface Piece {
  text: string;
  quote: boolean;
  match: boolean;
}

/** Splits the context at the quote's bounds and at every match. */
export function pieces(hit: Pick<StatementHit, 'statement' | 'matches'>): Piece[] {
  const { context, quoteStart, quoteEnd } = hit.statement;
  const cuts = new Set([0, context.length, quoteStart, quoteEnd]);
  for (const m of hit.matches) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const sorted = [...cuts].filter((c) => c >= 0 && c <= context.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    if (a === b) continue;
    out.push({
      text: context.slice(a, b),
      quote: a >= quoteStart && b <= quoteEnd,
      match: hit.matches.some((m) => a >= m.start && b <= m.end),
    });
  }
  return out;
}

export function Highlighted({ hit }: { hit: Pick<StatementHit, 'statement' | 'matches'> }) {
  return (
    <span class="sada-context" lang="ar" dir="rtl">
      {pieces(hit).map((p, i) => {
        const inner = p.match ? <mark>{p.text}</mark> : p.text;
        return p.quote ? <q key={i} class="sada-q">{inner}</q> : <span key={i}>{inner}</span>;
      })}
    </span>
  );
}
