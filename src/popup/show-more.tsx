// Long lists (a page with 5,000 quotes) render a few hundred items at a time.
import { useState } from 'preact/hooks';
import { t } from './i18n';

export const LIST_STEP = 200;

export function useShown(step = LIST_STEP): [number, () => void] {
  const [shown, setShown] = useState(step);
  return [shown, () => setShown((n) => n + step)];
}

export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p class="show-more">
      <span class="hint">{t('quotesShown', [String(shown), String(total)])}</span>{' '}
      <button type="button" data-role="show-more" onClick={onMore}>
        {t('showMore')}
      </button>
    </p>
  );
}
