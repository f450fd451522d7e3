// The hover card: who an actor is and what they say, or who said a quote.
// Rendered by Preact inside Sada's shadow root (see host.ts).
import { useEffect, useState } from 'preact/hooks';
import type { ActorType } from '../../core';
import { TYPE_LABELS, UI } from '../labels';
import type { EarlierStatement, EarlierStatementsFetcher } from './earlier';

export interface ActorCardData {
  kind: 'actor';
  id: string | null;
  type: ActorType;
  name: { ar: string; en: string };
  about: { ar: string; en: string } | null;
  /** The surface printed at the highlight. */
  surface: string;
  /** Direct quotes attributed to this actor on this page. */
  quotes: string[];
}

export interface QuoteCardData {
  kind: 'quote';
  text: string;
  speaker: { id: string | null; name: string; about: { ar: string; en: string } | null } | null;
}

export type CardData = ActorCardData | QuoteCardData;

export interface CardProps {
  data: CardData;
  fetchEarlier: EarlierStatementsFetcher;
  onClose: () => void;
}

const MAX_QUOTES = 4;
const MAX_QUOTE_CHARS = 280;

const cut = (text: string, max = MAX_QUOTE_CHARS) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function Earlier({ actorId, fetchEarlier }: { actorId: string; fetchEarlier: EarlierStatementsFetcher }) {
  const [items, setItems] = useState<EarlierStatement[] | null>(null);
  useEffect(() => {
    let live = true;
    setItems(null);
    fetchEarlier(actorId)
      .then((list) => live && setItems(list))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [actorId, fetchEarlier]);
  return (
    <section class="earlier">
      <h3>{UI.earlier}</h3>
      {items === null ? (
        <p class="muted">{UI.loading}</p>
      ) : items.length === 0 ? (
        <p class="muted">{UI.noEarlier}</p>
      ) : (
        <ul>
          {items.slice(0, MAX_QUOTES).map((item, i) => (
            <li key={i}>
              <q>{cut(item.text)}</q>
              <span class="source">
                {item.source}
                {item.date ? ` · ${item.date}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActorCard({ data, fetchEarlier }: { data: ActorCardData; fetchEarlier: EarlierStatementsFetcher }) {
  const type = TYPE_LABELS[data.type];
  return (
    <>
      <header>
        <h2 class="name">{data.name.ar || data.surface}</h2>
        {data.name.en ? (
          <p class="en" dir="ltr" lang="en">
            {data.name.en}
          </p>
        ) : null}
        <p class={`type type-${data.type}`}>
          {type.ar}
          {data.id === null ? ` · ${UI.unknownPerson}` : ''}
        </p>
      </header>
      {data.about ? <p class="about">{data.about.ar || data.about.en}</p> : null}
      {data.quotes.length > 0 ? (
        <section class="here">
          <h3>{UI.saysHere}</h3>
          <ul>
            {data.quotes.slice(0, MAX_QUOTES).map((quote, i) => (
              <li key={i}>
                <q>{cut(quote)}</q>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.id ? <Earlier actorId={data.id} fetchEarlier={fetchEarlier} /> : null}
    </>
  );
}

function QuoteCard({ data }: { data: QuoteCardData }) {
  return (
    <>
      <header>
        <p class="type type-quote">{data.speaker ? UI.quoteBy : UI.quote}</p>
        <h2 class="name">{data.speaker ? data.speaker.name : UI.unknownSpeaker}</h2>
        {data.speaker?.about ? <p class="about">{data.speaker.about.ar || data.speaker.about.en}</p> : null}
      </header>
      <blockquote>{cut(data.text, 600)}</blockquote>
    </>
  );
}

export function Card({ data, fetchEarlier, onClose }: CardProps) {
  return (
    <div class="card" role="dialog" aria-label={UI.cardLabel} dir="rtl" lang="ar" data-kind={data.kind}>
      <button type="button" class="close" aria-label={UI.close} onClick={onClose}>
        ×
      </button>
      {data.kind === 'actor' ? <ActorCard data={data} fetchEarlier={fetchEarlier} /> : <QuoteCard data={data} />}
    </div>
  );
}

export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(420px, calc(100vh - 16px)); overflow: auto;
  padding: 12px 14px; border-radius: 10px; border: 1px solid rgba(0,0,0,0.14);
  background: #fff; color: #1d1d1f; box-shadow: 0 8px 28px rgba(0,0,0,0.22);
  font: 14px/1.55 system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif; text-align: start; position: relative; }
@media (prefers-color-scheme: dark) { .card { background: #24262b; color: #eceef1; border-color: rgba(255,255,255,0.16); } .muted, .source, .en { opacity: .8; } }
h2 { margin: 0 0 2px; font-size: 16px; font-weight: 700; padding-inline-end: 22px; }
h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 700; opacity: .75; }
p { margin: 0 0 4px; }
.en { font-size: 13px; opacity: .7; }
.type { font-size: 12px; font-weight: 600; }
.type-person { color: #b36b00; } .type-state { color: #1565c0; } .type-organization { color: #00796b; }
.type-group { color: #c62828; } .type-media { color: #616161; } .type-quote { color: #7b1fa2; }
@media (prefers-color-scheme: dark) { .type-person { color: #ffb74d; } .type-state { color: #64b5f6; } .type-organization { color: #4db6ac; }
  .type-group { color: #ef9a9a; } .type-media { color: #bdbdbd; } .type-quote { color: #ce93d8; } }
.about { font-size: 13px; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 0 0 6px; }
q { quotes: "«" "»"; }
blockquote { margin: 8px 0 0; padding-inline-start: 10px; border-inline-start: 3px solid rgba(156,39,176,.6); }
.source { display: block; font-size: 12px; opacity: .7; }
.muted { opacity: .7; font-size: 13px; }
.close { position: absolute; inset-inline-end: 6px; top: 4px; border: 0; background: transparent; color: inherit;
  font-size: 18px; line-height: 1; cursor: pointer; padding: 4px 6px; border-radius: 4px; }
.close:focus-visible { outline: 2px solid rgb(25,118,210); }
`;
