// card.html: the hover card (in a frame the content side places by a
// highlight) or an actor's timeline (in a tab). Direction and language follow
// the browser's UI language; what it shows comes from the query string and
// the background's answers, which only extension pages get.
import { render } from 'preact';
import { t, uiDirection, uiLanguage } from '../popup/i18n';
import { CardPage } from './CardPage';
import { parseCardParams } from './params';
import { TimelinePage } from './TimelinePage';

const view = parseCardParams(location.search);
document.documentElement.dir = uiDirection();
document.documentElement.lang = uiLanguage();
document.title = view?.view === 'timeline' ? t('timelineTitle') : t('popupTitle');
const framed = window.parent !== window;
document.documentElement.dataset.framed = String(framed);

/** The host (our content script) sizes and closes the frame on these; nothing else is said to the page. */
function tellHost(message: { sada: 'card-size'; width: number; height: number } | { sada: 'card-close' }): void {
  if (framed) window.parent.postMessage(message, '*');
}

/**
 * The framed card has one size whatever it shows (it scrolls inside): a size
 * that followed its content would tell the page how many statements the
 * reader has of a speaker.
 */
export const FRAMED_SIZE = { width: 360, height: 420 } as const;

if (framed) {
  tellHost({ sada: 'card-size', ...FRAMED_SIZE });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') tellHost({ sada: 'card-close' });
  });
}

const root = document.getElementById('app');
if (root) {
  if (!view) render(<p class="muted">{t('cardNothing')}</p>, root);
  else if (view.view === 'timeline') render(<TimelinePage id={view.id} name={view.name} conflict={view.conflict} />, root);
  else render(<CardPage view={view} />, root);
}
