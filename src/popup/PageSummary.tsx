// What Sada did with the page: a one-line status, the page language and, on
// an annotated page, the conflicts it is about with their scores.
import type { PageReport } from '../shared/messages';
import { conflictName, languageName, t } from './i18n';
import { STATUS_MESSAGE, type PageStatus } from './status';

interface Props {
  status: PageStatus;
  report: PageReport | null;
}

export function PageSummary({ status, report }: Props) {
  return (
    <section class="summary" aria-labelledby="page-heading">
      <h2 id="page-heading">{t('pageHeading')}</h2>
      {/* The content script's reason is technical English: a tooltip for the curious, not the message. */}
      <p class={`status status-${status}`} data-role="status" data-status={status} role="status" title={report?.reason}>
        {t(STATUS_MESSAGE[status])}
      </p>
      {status === 'unknown' && <p class="hint">{t('reloadHint')}</p>}
      {report?.language && (
        <p class="language" data-role="language" data-language={report.language}>
          <span class="label">{t('languageLabel')}: </span>
          {languageName(report.language)}
        </p>
      )}
      {status === 'annotated' && report && report.conflicts.length > 0 && (
        <ul class="conflicts" aria-label={t('conflictsLabel')}>
          {report.conflicts.map((conflict) => (
            <li key={conflict.id} data-role="conflict" data-conflict={conflict.id}>
              <span class="conflict-name">{conflictName(conflict.id)}</span>
              <meter min={0} max={1} value={conflict.score} title={`${t('scoreLabel')}: ${Math.round(conflict.score * 100)}%`} />
              <span class="conflict-score">{Math.round(conflict.score * 100)}%</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
