// The page's quotes with their speakers; choosing one asks the page to show it.
import type { ReportQuote } from '../shared/messages';
import { t } from './i18n';
import { ShowMore, useShown } from './show-more';

interface Props {
  quotes: ReportQuote[];
  onReveal: (index: number) => void;
}

export function QuoteList({ quotes, onReveal }: Props) {
  const [shown, more] = useShown();
  return (
    <section class="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('quotesLabel')}</h2>
      {quotes.length === 0 && <p class="empty">{t('noQuotes')}</p>}
      <ol>
        {quotes.slice(0, shown).map((quote) => (
          <li key={quote.index}>
            <button
              type="button"
              class={`item quote quote-${quote.kind}`}
              data-role="quote"
              data-index={quote.index}
              data-speaker={quote.speaker?.id ?? ''}
              title={t('revealHint')}
              onClick={() => onReveal(quote.index)}
            >
              <span class="quote-head">
                <span class={quote.speaker ? 'speaker' : 'speaker unknown'} lang="ar">
                  {quote.speaker ? quote.speaker.name : t('speakerUnknown')}
                </span>
                <span class="kind">{t(quote.kind === 'direct' ? 'quoteDirect' : 'quoteIndirect')}</span>
              </span>
              <q class="quote-text" lang="ar" dir="rtl">
                {quote.text}
              </q>
            </button>
          </li>
        ))}
      </ol>
      <ShowMore shown={shown} total={quotes.length} onMore={more} />
    </section>
  );
}
