// One earlier statement as the card and the timeline show it: the words, the
// outlet and date (marked when it is only the day it was read), a link to its
// page, other outlets that reported it, and copying it as a citation.
import { useState } from 'preact/hooks';
import { citation, citedFromHit, type CitedStatement } from '../core';
import type { StatementHit } from '../core';
import { t } from '../popup/i18n';
import { copyText } from './copy';

const MAX_CHARS = 320;
const cut = (text: string, max = MAX_CHARS) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const isWeb = (url: string) => /^https?:\/\//i.test(url);

export function SourceLabel({ outlet, url, title }: { outlet: string | null; url: string; title: string | null }) {
  const label = outlet || title || t('statementUnknownOutlet');
  return isWeb(url) ? (
    <a href={url} target="_blank" rel="noopener noreferrer" data-role="source-link">
      {label}
    </a>
  ) : (
    <span title={url}>{label}</span>
  );
}

/**
 * "2023-09-20", or "read on 2023-09-20" when the page gave no date. The date
 * is isolated left-to-right: after Arabic words its digits would otherwise be
 * laid out right to left (20-09-2023).
 */
export function DateText({ date, dateSource }: { date: string | null; dateSource: string | null }) {
  if (!date) return <span data-role="statement-date">{t('statementUndated')}</span>;
  return (
    <span data-role="statement-date" data-date-source={dateSource ?? ''}>
      {dateSource === 'visit' && `${t('cardReadOn')} `}
      <bdi dir="ltr">{date}</bdi>
    </span>
  );
}

export function CopyCitation({ statement, speakerEn }: { statement: CitedStatement; speakerEn?: string }) {
  const [done, setDone] = useState<'ar' | 'en' | 'failed' | null>(null);
  const copy = async (lang: 'ar' | 'en') => setDone((await copyText(citation(statement, lang, lang === 'en' ? speakerEn : undefined))) ? lang : 'failed');
  return (
    <span class="cite" data-role="cite">
      <button type="button" data-role="cite-ar" onClick={() => void copy('ar')}>
        {t('cardCiteArabic')}
      </button>
      <button type="button" data-role="cite-en" onClick={() => void copy('en')}>
        {t('cardCiteEnglish')}
      </button>
      {done && (
        <span role="status" class="muted" data-role="cite-status">
          {done === 'failed' ? t('cardCopyFailed') : t('cardCopied')}
        </span>
      )}
    </span>
  );
}

export function StatementLine({ hit, speakerEn }: { hit: StatementHit; speakerEn?: string }) {
  const cited = citedFromHit(hit);
  const [, ...others] = hit.sources;
  return (
    <li class="statement" data-role="earlier-statement" data-origin={hit.origin}>
      <q lang="ar" dir="rtl">
        {cut(cited.quote)}
      </q>
      <span class="source">
        <SourceLabel outlet={cited.outlet} url={cited.url} title={cited.title} />
        {' · '}
        <DateText date={cited.date} dateSource={cited.dateSource} />
        {others.length > 0 && (
          <span class="also">
            {' · '}
            {t('statementAlsoIn')}{' '}
            {others.map((o, i) => (
              <>
                {i > 0 && '، '}
                <SourceLabel outlet={o.outlet} url={o.source} title={o.title} />
              </>
            ))}
          </span>
        )}
      </span>
      <CopyCitation statement={cited} speakerEn={speakerEn} />
    </li>
  );
}
