// The page's actors grouped by type, most mentioned first; choosing one
// asks the page to show its first mention.
import { timelineQuery } from '../card/params';
import type { ReportActor } from '../shared/messages';
import { ACTOR_TYPE_ORDER, actorTypeName, prefersArabic, t } from './i18n';
import { openInTab } from './tab';
import { ShowMore, useShown } from './show-more';

interface Props {
  actors: ReportActor[];
  onReveal: (index: number) => void;
}

export function ActorList({ actors, onReveal }: Props) {
  const arabicFirst = prefersArabic();
  const [shown, more] = useShown();
  // The most mentioned first; a page with thousands of actors shows them a few hundred at a time.
  const visible = new Set([...actors].sort((a, b) => b.count - a.count).slice(0, shown));
  const groups = ACTOR_TYPE_ORDER.map((type) => ({
    type,
    members: actors.filter((actor) => actor.type === type && visible.has(actor)).sort((a, b) => b.count - a.count),
  })).filter((group) => group.members.length > 0);
  return (
    <section class="actors" aria-labelledby="actors-heading">
      <h2 id="actors-heading">{t('actorsLabel')}</h2>
      {groups.length === 0 && <p class="empty">{t('noActors')}</p>}
      {groups.map((group) => (
        <div class="actor-group" key={group.type} data-role="actor-group" data-type={group.type}>
          <h3>{actorTypeName(group.type)}</h3>
          <ul>
            {group.members.map((actor) => {
              const about = actor.about ? (arabicFirst ? actor.about.ar : actor.about.en) : '';
              return (
                <li key={actor.index}>
                  <button
                    type="button"
                    class="item actor"
                    data-role="actor"
                    data-index={actor.index}
                    data-id={actor.id ?? ''}
                    title={about ? `${about} — ${t('revealHint')}` : t('revealHint')}
                    onClick={() => onReveal(actor.index)}
                  >
                    <span class="actor-names">
                      <span class="name-ar" lang="ar" dir="rtl">{actor.name.ar}</span>
                      {actor.name.en && <span class="name-en" lang="en" dir="ltr">{actor.name.en}</span>}
                    </span>
                    <span class="count" title={t('mentionCount', String(actor.count))} aria-label={t('mentionCount', String(actor.count))}>
                      {actor.count}
                    </span>
                  </button>
                  {actor.id && (
                    <button
                      type="button"
                      class="item-timeline"
                      data-role="actor-timeline"
                      data-id={actor.id}
                      onClick={() => openInTab(timelineQuery(actor.id!, actor.name.ar, null))}
                    >
                      {t('actorTimeline')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <ShowMore shown={shown} total={actors.length} onMore={more} />
    </section>
  );
}
