// The remembered pages, newest first, a few at a time.
import type { MemoryAnswer } from '../../core';
import { DateText } from '../../card/StatementLine';
import { t } from '../i18n';

interface Props {
  state: MemoryAnswer | null;
  onForget: (url: string) => void;
  onMore: () => void;
}

export function MemoryPages({ state, onForget, onMore }: Props) {
  const pages = state?.pages ?? [];
  if (pages.length === 0) return <p class="empty">{t('memoryEmpty')}</p>;
  return (
    <>
      <ul data-role="saved-pages">
        {pages.map((p) => (
          <li key={p.url} data-role="memory-page">
            <span title={p.url}>
              <bdi>{p.title || p.url}</bdi> · {p.outlet ?? ''} · <DateText date={p.date} dateSource={p.dateSource} /> · {p.statements} {t('myCorpusStatements')}
            </span>
            <button type="button" data-role="remove-page" onClick={() => onForget(p.url)}>
              {t('memoryForgetPage')}
            </button>
          </li>
        ))}
      </ul>
      {pages.length < (state?.totalPages ?? 0) && (
        <button type="button" data-role="memory-more" onClick={onMore}>
          {t('showMore')}
        </button>
      )}
    </>
  );
}
