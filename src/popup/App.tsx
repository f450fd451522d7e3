// The popup: switches, what Sada did with the current page, its actors and quotes.
import { useSettings, useReport, useTab } from './hooks';
import { ActorList } from './ActorList';
import { t } from './i18n';
import { PageSummary } from './PageSummary';
import { QuoteList } from './QuoteList';
import { pageStatus, webHostname } from './status';
import { Switches } from './Switches';
import { reveal } from './tab';
import { SearchBox } from './search/SearchBox';
import { Related } from './related/Related';

export function App() {
  const tab = useTab();
  const settings = useSettings();
  const target = tab.ready ? tab.value : null;
  const report = useReport(target?.tabId ?? null);
  if (!tab.ready || settings === null || (target !== null && !report.ready)) {
    return <p class="loading" aria-busy="true">…</p>;
  }
  const pageReport = report.ready ? report.value : null;
  const status = pageStatus(target?.url, settings, pageReport);
  const annotated = status === 'annotated' && pageReport !== null;
  const tabId = target?.tabId ?? null;
  return (
    <div class="popup" data-ready="true">
      <header>
        <img src="icons/icon-32.png" alt="" width={24} height={24} />
        <div>
          <h1>{t('popupTitle')}</h1>
          <p class="tagline">{t('tagline')}</p>
        </div>
      </header>
      <Switches settings={settings} hostname={webHostname(target?.url)} />
      <SearchBox tabId={tabId} report={pageReport} />
      <PageSummary status={status} report={pageReport} />
      {annotated && tabId !== null && (
        <>
          <ActorList actors={pageReport.actors} onReveal={(index) => void reveal(tabId, 'actor', index)} />
          <QuoteList quotes={pageReport.quotes} onReveal={(index) => void reveal(tabId, 'quote', index)} />
        </>
      )}
      <Related tabId={tabId} report={pageReport} hostname={webHostname(target?.url)} settings={settings} />
      <footer>{t('offlineNote')}</footer>
    </div>
  );
}
