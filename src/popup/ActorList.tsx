// The page's actors grouped by type, most mentioned first; choosing one
// asks the page to show its first mention.
import type { ReportActor } from '../shared/messages';
import { ACTOR_TYPE_ORDER, actorTypeName, prefersArabic, t } from './i18n';

interface Props {
  actors: ReportActor[];
  onReveal: (index: number) => void;
}

export function ActorList({ actors, onReveal }: Props) {
  const arabicFirst = prefersArabic();
  const groups = ACTOR_TYPE_ORDER.map((type) => ({
    type,
    members: actors.filter((actor) => actor.type === type).sort((a, b) => b.count - a.count),
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
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
