// Parts of a page that are never the article, by tag, ARIA role and the
// words of class/id names. Shared by the gate (page-check.ts, where a
// conflict name in such a part does not count) and the article finder
// (article.ts, which leaves such parts out). Class names are split into
// words ("b-breaking__news" → b, breaking, news), and a word matches whole:
// "no-share" holds the word "share", "shareholders" does not.

/** Tags that never hold article text. */
export const NOT_ARTICLE_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU', 'MARQUEE']);
/** ARIA roles of parts that are never the article. */
export const NOT_ARTICLE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'menu', 'menubar', 'marquee', 'alert',
]);
/** Class/id words of site chrome: sidebars, tickers, menus, footers, widgets, lists of other stories. */
export const CHROME_WORDS: ReadonlySet<string> = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'footer', 'sidebar', 'widget', 'widgets', 'ticker', 'breaking', 'marquee',
  'related', 'comments', 'comment', 'teaser', 'teasers', 'trending', 'popular', 'newsletter', 'breadcrumb', 'breadcrumbs',
]);

/** The words of an element's class and id, lower case ("jeg_post entry-content" → jeg, post, entry, content). */
export function nameWords(element: Element): string[] {
  const name = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
  return name.split(/[^a-z0-9]+/).filter(Boolean);
}

/** Whether some word of the element's class/id is in `words`. */
export function hasNameWord(element: Element, words: ReadonlySet<string>): boolean {
  if (!element.hasAttribute('class') && !element.id) return false;
  return nameWords(element).some((word) => words.has(word));
}

/** Site chrome by tag, role or class word (the gate's test; the article finder judges more). */
export function isSiteChrome(element: Element): boolean {
  if (NOT_ARTICLE_TAGS.has(element.tagName.toUpperCase())) return true;
  const role = element.getAttribute('role');
  if (role && NOT_ARTICLE_ROLES.has(role)) return true;
  return hasNameWord(element, CHROME_WORDS);
}
