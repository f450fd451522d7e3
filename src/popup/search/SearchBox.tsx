// The popup's search: a box focused on open, results as you type (the last
// word completes), arrow keys to move, Enter to open the source.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CONFLICT_IDS, type StatementHit } from '../../core';
import type { CorpusFilters, PageReport } from '../../shared/messages';
import { conflictName, t } from '../i18n';
import { openSource, searchStatements } from './client';
import { StatementItem } from './StatementItem';
import { CORPUS_CSS } from './styles';

/** Wait this long after a keystroke before asking (typing fast sends one question). */
const DEBOUNCE_MS = 60;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The longest query the background takes (src/shared/messages.ts). */
export const MAX_QUERY_CHARS = 500;

interface Props {
  tabId: number | null;
  report: PageReport | null;
}

export function SearchBox(_props: Props) {
  const [query, setQuery] = useState('');
  const [conflict, setConflict] = useState<string>('');
  const [hits, setHits] = useState<StatementHit[]>([]);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const tooLong = query.length > MAX_QUERY_CHARS;
  const [speaker, setSpeaker] = useState<{ id: string; name: string } | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const asked = useRef(0);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const ticket = ++asked.current;
    const filters: CorpusFilters = {};
    if (conflict) filters.conflict = conflict;
    if (speaker) filters.speaker = speaker.id;
    if (DAY.test(from)) filters.from = from;
    if (DAY.test(to)) filters.to = to;
    // A filter alone lists its statements, newest first. A query over the limit is not sent: a message says so.
    if ((!query.trim() && !speaker) || query.length > MAX_QUERY_CHARS) {
      setFailed(false);
      setHits([]);
      setActive(-1);
      return;
    }
    const timer = setTimeout(() => {
      searchStatements(query, filters)
        .then((found) => {
          if (ticket !== asked.current) return; // an older answer arriving late
          setHits(found);
          setActive(found.length ? 0 : -1);
          setFailed(false);
        })
        .catch(() => {
          if (ticket !== asked.current) return;
          setFailed(true);
          setHits([]); // never a failure message over stale results
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, conflict, speaker, from, to]);

  const onKeyDown = (e: { key: string; preventDefault(): void }) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === 'Enter' && active >= 0 && hits[active]) {
      e.preventDefault();
      openSource(hits[active]!.sources[0]?.source ?? '');
    }
  };

  useEffect(() => {
    if (active >= 0) document.getElementById(`sada-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <section class="sada-search" aria-label={t('searchLabel')}>
      <style>{CORPUS_CSS}</style>
      <div class="sada-search-row">
        <input
          ref={input}
          type="search"
          dir="auto"
          lang="ar"
          data-role="corpus-search"
          aria-expanded={hits.length > 0}
          aria-controls="sada-hits"
          aria-activedescendant={active >= 0 ? `sada-hit-${active}` : undefined}
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
        <select aria-label={t('searchAnyConflict')} data-role="corpus-conflict" value={conflict} onChange={(e) => setConflict((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('searchAnyConflict')}</option>
          {CONFLICT_IDS.map((id) => (
            <option key={id} value={id}>
              {conflictName(id)}
            </option>
          ))}
        </select>
      </div>
      <div class="sada-search-row sada-filters">
        {speaker && (
          <button type="button" class="sada-chip" data-role="speaker-filter" title={t('searchClearFilter')} onClick={() => setSpeaker(null)}>
            <span lang="ar">{speaker.name}</span> ×
          </button>
        )}
        <label>
          {t('searchFrom')} <input type="date" data-role="corpus-from" value={from} onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('searchTo')} <input type="date" data-role="corpus-to" value={to} onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </div>
      {tooLong && (
        <p class="sada-error" role="status" data-role="search-too-long">
          {t('searchTooLong', [String(MAX_QUERY_CHARS), String(query.length)])}
        </p>
      )}
      {failed && !tooLong && <p class="sada-error">{t('searchFailed')}</p>}
      {(query.trim() !== '' || speaker) && !failed && !tooLong && hits.length === 0 && <p class="empty">{t('searchNoResults')}</p>}
      {hits.length > 0 && (
        <ol id="sada-hits" class="sada-hits" role="listbox" data-role="corpus-results">
          {hits.map((hit, i) => (
            <StatementItem
              key={`${hit.sources[0]?.source}-${i}`}
              id={`sada-hit-${i}`}
              hit={hit}
              active={i === active}
              onSpeaker={(who) => setSpeaker(who)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
