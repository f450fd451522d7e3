// The current page's related statements (by its speakers, on its conflicts),
// and the reader's memory (related/Memory.tsx).
import { useEffect, useState } from 'preact/hooks';
import type { StatementHit } from '../../core';
import type { PageReport } from '../../shared/messages';
import { relatedToTab } from '../search/client';
import { StatementItem } from '../search/StatementItem';
import { t } from '../i18n';
import { CORPUS_CSS } from '../search/styles';
import { Memory } from './Memory';
import type { Settings } from '../../shared/settings';

interface Props {
  tabId: number | null;
  report: PageReport | null;
  hostname: string | null;
  settings: Settings;
}

export function Related({ tabId, report, hostname, settings }: Props) {
  const [hits, setHits] = useState<StatementHit[] | null>(null);
  const [revision, setRevision] = useState(0);
  const annotated = report?.state === 'annotated';

  useEffect(() => {
    if (tabId === null || !annotated) {
      setHits(null);
      return;
    }
    let alive = true;
    relatedToTab(tabId)
      .then((found) => alive && setHits(found))
      .catch(() => alive && setHits([]));
    return () => {
      alive = false;
    };
    // A new report (the page changed) or a change of the reader's corpus asks again.
  }, [tabId, annotated, report, revision]);

  return (
    <>
      <style>{CORPUS_CSS}</style>
      {annotated && (
        <section class="sada-related" aria-labelledby="sada-related-heading" data-role="related">
          <h2 id="sada-related-heading">{t('relatedLabel')}</h2>
          {hits !== null && hits.length === 0 && <p class="empty">{t('relatedNone')}</p>}
          {hits !== null && hits.length > 0 && (
            <ol class="sada-hits">
              {hits.map((hit, i) => (
                <StatementItem key={`${hit.sources[0]?.source}-${i}`} hit={hit} />
              ))}
            </ol>
          )}
        </section>
      )}
      <Memory tabId={tabId} hostname={hostname} settings={settings} canSave={annotated && (report?.quotes.length ?? 0) > 0} onChange={() => setRevision((r) => r + 1)} />
    </>
  );
}
