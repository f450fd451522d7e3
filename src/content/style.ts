// Sada's highlight styles, added to the page as one <style> element (created
// with createElement + textContent) and scoped to Sada's own elements.
// Backgrounds are translucent and text keeps the page's colour, so the
// highlights read on light and dark pages alike; underlines are drawn with
// inset box-shadows, which take no room: the layout does not move.

import { HIGHLIGHT_TAG } from './wrap';

const T = `${HIGHLIGHT_TAG}[data-sada]`;

const COLOURS: Record<string, { fill: string; line: string }> = {
  person: { fill: 'rgba(255, 171, 0, 0.26)', line: 'rgba(230, 145, 0, 0.95)' },
  state: { fill: 'rgba(33, 150, 243, 0.22)', line: 'rgba(30, 136, 229, 0.95)' },
  organization: { fill: 'rgba(0, 184, 148, 0.22)', line: 'rgba(0, 160, 120, 0.95)' },
  group: { fill: 'rgba(239, 83, 80, 0.22)', line: 'rgba(229, 57, 53, 0.95)' },
  media: { fill: 'rgba(158, 158, 158, 0.22)', line: 'rgba(130, 130, 130, 0.95)' },
};

export const HIGHLIGHT_CSS = `
${T} { all: unset; display: inline; color: inherit; font: inherit; cursor: help; border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${T}[data-sada="quote"] { background: rgba(156, 39, 176, 0.09) !important;
  box-shadow: inset 0 -1px 0 rgba(156, 39, 176, 0.75) !important; }
${Object.entries(COLOURS)
  .map(([type, c]) => `${T}[data-sada="actor"][data-sada-type="${type}"] { background: ${c.fill} !important; box-shadow: inset 0 -2px 0 ${c.line} !important; }`)
  .join('\n')}
${T}:focus-visible { outline: 2px solid rgb(25, 118, 210) !important; outline-offset: 1px; }
${T}[data-sada-flash] { animation: sada-flash 0.4s ease-in-out 4 alternate; }
@keyframes sada-flash { to { background: rgba(255, 214, 0, 0.75); box-shadow: 0 0 0 3px rgba(255, 214, 0, 0.75); } }
@media (forced-colors: active) { ${T} { forced-color-adjust: none; outline: 1px dotted CanvasText; } }
@media (prefers-reduced-motion: reduce) { ${T}[data-sada-flash] { animation: none; outline: 3px solid rgb(255, 193, 7) !important; } }
`;

declare const SADA_TARGET: string | undefined;

/** A stylesheet added to a document or shadow root, removable. */
export interface AddedStyle {
  remove(): void;
}

/**
 * Adds `css` to a document or shadow root. In Chromium a constructed
 * stylesheet (adoptedStyleSheets): no node in the page and not subject to the
 * page's CSP. In Firefox, where a content script's adoptedStyleSheets cross
 * the Xray boundary awkwardly, a <style> element made with createElement and
 * textContent.
 */
export function addStyle(target: Document | ShadowRoot, css: string): AddedStyle {
  const useConstructed = typeof SADA_TARGET === 'undefined' || SADA_TARGET !== 'firefox';
  if (useConstructed && 'adoptedStyleSheets' in target && typeof CSSStyleSheet === 'function') {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
      return {
        remove: () => {
          target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    } catch {
      // fall through to a <style> element
    }
  }
  const doc = 'createElement' in target ? target : target.ownerDocument;
  const style = doc.createElement('style');
  style.setAttribute('data-sada-style', '');
  style.textContent = css;
  if ('head' in target) (target.head ?? target.documentElement).appendChild(style);
  else target.appendChild(style);
  return { remove: () => style.remove() };
}
