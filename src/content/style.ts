// Sada's highlight styles: `::highlight()` rules for the ranges of
// highlights.ts, added as one stylesheet (see addStyle). Backgrounds are
// translucent and text keeps the page's colour, so the highlights read on
// light and dark pages alike; underlines are text decorations, which take no
// room: the layout does not move. The rules name the tags of the elements
// that hold the article's text where they can (see highlightScope), so that
// adding them restyles those elements and not the whole page.

import { HIGHLIGHT_NAMES, PLAIN_TAG } from './highlights';

const COLOURS: Record<string, { fill: string; line: string }> = {
  person: { fill: 'rgba(255, 171, 0, 0.26)', line: 'rgba(230, 145, 0, 0.95)' },
  state: { fill: 'rgba(33, 150, 243, 0.22)', line: 'rgba(30, 136, 229, 0.95)' },
  organization: { fill: 'rgba(0, 184, 148, 0.22)', line: 'rgba(0, 160, 120, 0.95)' },
  group: { fill: 'rgba(239, 83, 80, 0.22)', line: 'rgba(229, 57, 53, 0.95)' },
  media: { fill: 'rgba(158, 158, 158, 0.22)', line: 'rgba(130, 130, 130, 0.95)' },
};

/** A rule for the elements of `tags` (tag names), or for every element (null). */
const rule = (name: string, body: string, tags: readonly string[] | null) =>
  `${tags ? tags.map((tag) => `${tag}::highlight(${name})`).join(', ') : `::highlight(${name})`} { ${body} }`;

const highlightRules = (tags: readonly string[] | null) => [
  rule(HIGHLIGHT_NAMES.quote, 'background-color: rgba(156, 39, 176, 0.09); text-decoration: underline 1px rgba(156, 39, 176, 0.75);', tags),
  ...Object.entries(COLOURS).map(([type, c]) =>
    rule(HIGHLIGHT_NAMES.actor(type as never), `background-color: ${c.fill}; text-decoration: underline 2px ${c.line};`, tags),
  ),
  rule(HIGHLIGHT_NAMES.current, 'background-color: rgba(25, 118, 210, 0.28); text-decoration: underline 2px rgb(25, 118, 210);', tags),
  rule(HIGHLIGHT_NAMES.flash, 'background-color: rgba(255, 214, 0, 0.75);', tags),
  `@media (forced-colors: active) { ${rule(HIGHLIGHT_NAMES.current, 'background-color: Highlight; color: HighlightText;', tags)} }`,
].join('\n');

/** The highlight styles for the whole document. */
export const HIGHLIGHT_CSS = highlightRules(null);

/**
 * The highlight styles for the elements of `scope` (tag names, from
 * highlights.ts highlightScope: the elements that hold the article's text):
 * adding them restyles those elements, not the whole page. Without a usable
 * scope (none, or a name that is not a plain tag name) the styles for the
 * whole document.
 */
export function highlightCss(scope: readonly string[] | null): string {
  if (!scope?.length || !scope.every((tag) => PLAIN_TAG.test(tag))) return HIGHLIGHT_CSS;
  return highlightRules(scope);
}

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
