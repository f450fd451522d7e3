// What card.html is asked to show, from its query string (set by the content
// side that hosts the frame, or by a timeline link). Everything is checked:
// the query string is written by a page-side script. Pure.

export type CardView =
  | { view: 'actor'; id: string | null; name: string; conflict: string | null }
  | {
      view: 'quote';
      quote: string;
      quoteKind: 'direct' | 'indirect';
      speaker: { id: string | null; name: string } | null;
      conflict: string | null;
    }
  | { view: 'timeline'; id: string; name: string; conflict: string | null };

const ACTOR_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const CONFLICT = /^[a-z][a-z-]{1,39}$/;
const MAX_NAME = 200;
export const MAX_QUOTE = 600;

const idOf = (v: string | null) => (v && ACTOR_ID.test(v) ? v : null);
const textOf = (v: string | null, max: number) => (v ?? '').replace(/[\u0000-\u001f]+/g, ' ').trim().slice(0, max);

export function parseCardParams(search: string): CardView | null {
  const q = new URLSearchParams(search);
  const conflict = CONFLICT.test(q.get('conflict') ?? '') ? q.get('conflict') : null;
  const kind = q.get('view') ?? q.get('kind');
  if (kind === 'timeline') {
    const id = idOf(q.get('id'));
    return id ? { view: 'timeline', id, name: textOf(q.get('name'), MAX_NAME), conflict } : null;
  }
  if (kind === 'actor') return { view: 'actor', id: idOf(q.get('id')), name: textOf(q.get('name'), MAX_NAME), conflict };
  if (kind === 'quote') {
    const quote = textOf(q.get('quote'), MAX_QUOTE);
    if (!quote) return null;
    const speakerName = textOf(q.get('speakerName'), MAX_NAME);
    const speakerId = idOf(q.get('speaker'));
    return {
      view: 'quote',
      quote,
      quoteKind: q.get('kind2') === 'indirect' ? 'indirect' : 'direct',
      speaker: speakerName || speakerId ? { id: speakerId, name: speakerName } : null,
      conflict,
    };
  }
  return null;
}

/** The address of an actor's timeline page. */
export function timelineQuery(id: string, name: string, conflict: string | null): string {
  const q = new URLSearchParams({ view: 'timeline', id, name });
  if (conflict) q.set('conflict', conflict);
  return `card.html?${q.toString()}`;
}
