// One statement: who, when, where, on which conflict, the words, and its sources.
import type { StatementHit } from '../../core';
import { conflictName, t } from '../i18n';
import { openSource } from './client';
import { Highlighted } from './Highlighted';
import { DateText } from '../../card/StatementLine';

function SourceLink({ source, label }: { source: string; label: string }) {
  if (/^https?:\/\//i.test(source)) {
    return (
      <a href={source} target="_blank" rel="noopener noreferrer" class="sada-source" onClick={(e) => (e.preventDefault(), openSource(source))}>
        {label}
      </a>
    );
  }
  return <span class="sada-source" title={source}>{label}</span>;
}

interface Props {
  hit: StatementHit;
  active?: boolean;
  id?: string;
  /** Choosing the speaker filters by them (search only). */
  onSpeaker?: (speaker: { id: string; name: string }) => void;
}

export function StatementItem({ hit, active = false, id, onSpeaker }: Props) {
  const st = hit.statement;
  const [first, ...others] = hit.sources;
  return (
    <li id={id} class={`sada-hit${active ? ' active' : ''}`} role="option" aria-selected={active} data-role="statement" data-origin={hit.origin}>
      <div class="sada-hit-head">
        {onSpeaker && st.speaker?.id ? (
          <button type="button" class="speaker sada-speaker-button" lang="ar" data-role="filter-speaker" title={t('searchBySpeaker')} onClick={() => onSpeaker({ id: st.speaker!.id!, name: st.speaker!.name })}>
            {st.speaker.name}
          </button>
        ) : (
          <span class={st.speaker ? 'speaker' : 'speaker unknown'} lang="ar">{st.speaker?.name ?? t('statementUnknownSpeaker')}</span>
        )}
        {st.conflict && <span class="sada-conflict">{conflictName(st.conflict)}</span>}
        {hit.origin === 'user' && <span class="sada-mine">{t('statementSavedByYou')}</span>}
      </div>
      <Highlighted hit={hit} />
      <div class="sada-hit-meta">
        <span class="sada-date">
          <DateText date={st.date} dateSource={st.visitDate ? 'visit' : null} />
        </span>
        {first && <SourceLink source={first.source} label={first.outlet ?? first.title ?? t('statementUnknownOutlet')} />}
        {others.length > 0 && (
          <span class="sada-also">
            {t('statementAlsoIn')}{' '}
            {others.map((o, i) => (
              <>
                {i > 0 && '، '}
                <SourceLink key={o.source} source={o.source} label={o.outlet ?? o.title ?? t('statementUnknownOutlet')} />
              </>
            ))}
          </span>
        )}
      </div>
    </li>
  );
}
