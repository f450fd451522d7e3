// Parts of a page that are never the article, by tag, ARIA role and the
// words of class/id names: the one list for the gate (page-check.ts, where
// a conflict name in such a part does not count) and the article finder
// (article-score.ts and article-exclusions.ts, which leave such parts out).
// Class names are split into words ("b-breaking__news" → b, breaking, news)
// and a word matches whole: "no-share" holds the word "share",
// "shareholders" does not.

/** Tags that never hold article text. */
export const NOT_ARTICLE_TAGS: ReadonlySet<string> = new Set(['NAV', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU', 'MARQUEE']);
/** ARIA roles of parts that are never the article. */
export const NOT_ARTICLE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'menu', 'menubar', 'marquee', 'alert',
]);

const words = (list: string) => new Set(list.split(' '));
/** Class/id words of parts that are never the article, unless the name also says "content" (then the content decides). */
export const CHROME_WORDS: ReadonlySet<string> = words(
  'comments comment commentlist disqus sidebar side-bar related share sharing social breadcrumb breadcrumbs newsletter ' +
    'subscribe outbrain taboola most-read mostread popular trending recommend recommended recommendations teaser teasers ' +
    'read-more readmore read-also readalso tags keywords cookie advert advertisement ads ad sponsor sponsored promo ticker ' +
    'breaking marquee twitter-tweet twitter-timeline instagram-media tiktok-embed fb-post fb-video telegram-post',
);
/** Weaker words: only when nothing in the name says "content". */
export const WEAK_CHROME_WORDS: ReadonlySet<string> = words(
  'nav navbar navigation menu header masthead banner footer widget widgets toolbar login signup modal popup',
);
/** Words that say "this is the content". */
export const CONTENT_WORDS: ReadonlySet<string> = words(
  'article articles content contents story entry post body text main details news-details articlebody blog',
);

/** The words of an element's class and id, lower case: "jeg_post entry-content no-share" → jeg, post, entry, content, no, share, and the hyphenated pairs. */
export function nameWords(element: Element): string[] {
  const name = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
  const out: string[] = [];
  for (const token of name.split(/[^a-z0-9-]+/)) {
    if (!token) continue;
    const parts = token.split('-').filter(Boolean);
    out.push(...parts);
    // Two-word names ("read-more", "side-bar") as written.
    for (let i = 0; i + 1 < parts.length; i++) out.push(`${parts[i]}-${parts[i + 1]}`);
  }
  return out;
}

/**
 * What an element's tag, role and class/id say: 'chrome' (never the
 * article), 'mixed' (a chrome word beside a content word, "entry-content
 * no-share": its content decides) or null.
 */
export function partKind(element: Element, weakWords: ReadonlySet<string> = WEAK_CHROME_WORDS): 'chrome' | 'mixed' | null {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return null;
  if (NOT_ARTICLE_TAGS.has(tag)) return 'chrome';
  const role = element.getAttribute('role');
  if (role && NOT_ARTICLE_ROLES.has(role)) return 'chrome';
  if (element.getAttribute('itemprop') === 'articleBody') return null;
  if (!element.hasAttribute('class') && !element.id) return null;
  let chrome = false;
  let weak = false;
  let content = false;
  for (const word of nameWords(element)) {
    if (CHROME_WORDS.has(word)) chrome = true;
    else if (weakWords.has(word)) weak = true;
    else if (CONTENT_WORDS.has(word)) content = true;
  }
  if (content) return chrome || weak ? 'mixed' : null;
  return chrome || weak ? 'chrome' : null;
}

/** Site chrome by tag, role or class word (the gate's test). */
export function isSiteChrome(element: Element): boolean {
  return partKind(element) === 'chrome';
}
