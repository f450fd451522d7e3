// The hover card inside its extension-origin frame: who the actor is and what
// they said lately, or for a quote who said it, the speaker's earlier
// statements closest to it ("said before"), copying it as a citation, and a
// link to the speaker's timeline.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CitedStatement } from '../core';
import type { CardAnswer } from '../core';
import { actorTypeName, prefersArabic, t } from '../popup/i18n';
import { cardStatements } from '../popup/search/client';
import { actorById } from './actors';
import type { CardView } from './params';
import { timelineQuery } from './params';
import { CopyCitation, StatementLine } from './StatementLine';

type Loaded = { state: 'loading' } | { state: 'ready'; answer: CardAnswer } | { state: 'failed' };

function useCardAnswer(actorId: string | null, quote: string | null): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    cardStatements(actorId, quote)
      .then((answer) => live && setLoaded({ state: 'ready', answer }))
      .catch(() => live && setLoaded({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [actorId, quote]);
  return loaded;
}

function Who({ id, printed }: { id: string | null; printed: string }) {
  const actor = actorById(id);
  const arabicFirst = prefersArabic();
  return (
    <header>
      <h1 class="name" lang="ar" dir="rtl" data-role="card-name">
        {actor?.ar || printed}
      </h1>
      {actor?.en && (
        <p class="en" lang="en" dir="ltr">
          {actor.en}
        </p>
      )}
      <p class={`type type-${actor?.type ?? 'person'}`}>{actor ? actorTypeName(actor.type) : t('cardUnknownActor')}</p>
      {actor?.about && (actor.about.ar || actor.about.en) && (
        <p class="about" lang={arabicFirst || !actor.about.en ? 'ar' : 'en'}>
          {arabicFirst ? actor.about.ar || actor.about.en : actor.about.en || actor.about.ar}
        </p>
      )}
    </header>
  );
}

function Statements({ title, role, loaded, pick, empty, speakerEn }: { title: string; role: string; loaded: Loaded; pick: (a: CardAnswer) => CardAnswer['latest']; empty: string; speakerEn?: string }) {
  return (
    <section class="earlier" data-role={role}>
      <h2>{title}</h2>
      {loaded.state === 'loading' && <p class="muted">{t('cardLoading')}</p>}
      {loaded.state === 'failed' && <p class="muted">{t('cardFailed')}</p>}
      {loaded.state === 'ready' && pick(loaded.answer).length === 0 && <p class="muted">{empty}</p>}
      {loaded.state === 'ready' && pick(loaded.answer).length > 0 && (
        <ul>
          {pick(loaded.answer).map((hit, i) => (
            <StatementLine key={`${hit.sources[0]?.source}-${i}`} hit={hit} speakerEn={speakerEn} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TimelineLink({ id, name, conflict }: { id: string; name: string; conflict: string | null }) {
  return (
    <a class="timeline-link" data-role="timeline-link" href={browser.runtime.getURL(timelineQuery(id, name, conflict))} target="_blank" rel="noopener">
      {t('cardTimeline')}
    </a>
  );
}

/** The quote of this page as a citation: the page's own outlet, date and address. */
function hereStatement(view: Extract<CardView, { view: 'quote' }>, loaded: Loaded): CitedStatement {
  const here = loaded.state === 'ready' ? loaded.answer.here : null;
  return {
    kind: view.quoteKind,
    speaker: view.speaker,
    quote: view.quote,
    context: view.quote,
    quoteStart: 0,
    quoteEnd: view.quote.length,
    outlet: here?.outlet ?? null,
    date: here?.date ?? null,
    dateSource: here?.dateSource ?? null,
    url: here?.url ?? '',
    title: here?.title ?? null,
    conflict: view.conflict,
    savedAt: null,
  };
}

export function CardPage({ view }: { view: Exclude<CardView, { view: 'timeline' }> }) {
  const actorId = view.view === 'actor' ? view.id : (view.speaker?.id ?? null);
  const loaded = useCardAnswer(actorId, view.view === 'quote' ? view.quote : null);
  const speakerEn = actorById(actorId)?.en;
  if (view.view === 'actor') {
    return (
      <div class="card" data-kind="actor">
        <Who id={view.id} printed={view.name} />
        {view.id ? (
          <>
            <Statements title={t('cardLatest')} role="latest" loaded={loaded} pick={(a) => a.latest} empty={t('cardNoEarlier')} speakerEn={speakerEn} />
            <TimelineLink id={view.id} name={view.name} conflict={view.conflict} />
          </>
        ) : (
          <p class="muted">{t('cardUnknownActor')}</p>
        )}
      </div>
    );
  }
  return (
    <div class="card" data-kind="quote">
      <p class="type type-quote">{view.speaker ? t('cardQuoteBy') : t('cardQuote')}</p>
      <h1 class="name" lang="ar" dir="rtl" data-role="card-name">
        {view.speaker?.name || t('statementUnknownSpeaker')}
      </h1>
      <blockquote lang="ar" dir="rtl" data-role="card-quote">
        {view.quote}
      </blockquote>
      <CopyCitation statement={hereStatement(view, loaded)} speakerEn={speakerEn} />
      {actorId && (
        <>
          <Statements title={t('cardSaidBefore')} role="said-before" loaded={loaded} pick={(a) => (a.similar.length ? a.similar : a.latest)} empty={t('cardNoEarlier')} speakerEn={speakerEn} />
          <TimelineLink id={actorId} name={view.speaker?.name ?? ''} conflict={view.conflict} />
        </>
      )}
    </div>
  );
}
