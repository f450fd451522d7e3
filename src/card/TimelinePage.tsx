// An actor's statements over time, from the memory, the bundled corpus and
// imported packs: newest first, grouped by conflict, each with its date,
// outlet and a link to its page; filter by conflict and dates; export.
import { useEffect, useState } from 'preact/hooks';
import { citedFromHit, toCsv, toStatementsJson, toWebAnnotations } from '../core';
import type { StatementHit } from '../core';
import { CONFLICT_IDS } from '../core';
import type { CorpusFilters } from '../shared/messages';
import { download, EXPORT_FORMATS, type ExportFormat } from '../popup/download';
import { conflictName, t } from '../popup/i18n';
import { timeline } from '../popup/search/client';
import { actorById } from './actors';
import { StatementLine } from './StatementLine';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Hits grouped by conflict (groups in order of their newest statement), each group newest first. */
export function groupByConflict(hits: readonly StatementHit[]): Array<{ conflict: string | null; hits: StatementHit[] }> {
  const groups = new Map<string | null, StatementHit[]>();
  for (const hit of hits) {
    const key = hit.statement.conflict;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(hit);
  }
  return [...groups].map(([conflict, list]) => ({ conflict, hits: list }));
}

export function TimelinePage({ id, name, conflict: initialConflict }: { id: string; name: string; conflict: string | null }) {
  const actor = actorById(id);
  const [conflict, setConflict] = useState(initialConflict ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [hits, setHits] = useState<StatementHit[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const filters: CorpusFilters = {};
    if (conflict) filters.conflict = conflict;
    if (DAY.test(from)) filters.from = from;
    if (DAY.test(to)) filters.to = to;
    let live = true;
    timeline(id, filters)
      .then((found) => live && (setHits(found), setFailed(false)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [id, conflict, from, to]);

  const title = actor?.ar || name || id;
  const exportAs = (format: ExportFormat) => {
    const rows = (hits ?? []).map(citedFromHit);
    const text = format === 'csv' ? toCsv(rows) : format === 'json' ? toStatementsJson(rows) : toWebAnnotations(rows, `${actor?.en || title}: statements`);
    download(`sada-timeline-${id}.${EXPORT_FORMATS[format].ext}`, text, EXPORT_FORMATS[format].type);
  };

  return (
    <div class="timeline" data-role="timeline">
      <header>
        <h1 lang="ar" dir="rtl">{title}</h1>
        {actor?.en && <p class="en" lang="en" dir="ltr">{actor.en}</p>}
        <p class="muted">{t('timelineIntro')}</p>
      </header>
      <div class="filters">
        <select aria-label={t('searchAnyConflict')} data-role="timeline-conflict" value={conflict} onChange={(e) => setConflict((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('searchAnyConflict')}</option>
          {CONFLICT_IDS.map((c) => (
            <option key={c} value={c}>
              {conflictName(c)}
            </option>
          ))}
        </select>
        <label>
          {t('searchFrom')} <input type="date" data-role="timeline-from" value={from} onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('searchTo')} <input type="date" data-role="timeline-to" value={to} onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <span class="exports">
          {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
            <button type="button" key={f} data-role={`timeline-export-${f}`} disabled={!hits?.length} onClick={() => exportAs(f)}>
              {t(`export_${f}`)}
            </button>
          ))}
        </span>
      </div>
      {failed && <p class="error">{t('cardFailed')}</p>}
      {hits === null && !failed && <p class="muted">{t('cardLoading')}</p>}
      {hits !== null && hits.length === 0 && <p class="muted">{t('timelineEmpty')}</p>}
      {hits !== null &&
        groupByConflict(hits).map((group) => (
          <section key={group.conflict ?? 'none'} data-role="timeline-group" data-conflict={group.conflict ?? ''}>
            <h2>{group.conflict ? conflictName(group.conflict) : t('timelineNoConflict')}</h2>
            <ul>
              {group.hits.map((hit, i) => (
                <StatementLine key={`${hit.sources[0]?.source}-${i}`} hit={hit} speakerEn={actor?.en} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
