// The test web site: pages built at request time from the pages/ templates
// and the shared dev articles (../shared/eval/dev), served on 127.0.0.1 at a
// random port. Every page is laid out as a real news site lays out an article:
// header and navigation, the article, "إقرأ أيضاً" teasers, comments, a
// sidebar with other headlines and a footer, each marked data-test-region.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pagesDir = join(here, '..', 'pages');
export const devDir = join(here, '..', '..', '..', '..', 'shared', 'eval', 'dev');

export interface DevArticle {
  id: string;
  source: string;
  language: string;
  conflicts: string[];
  text: string;
  actors: Array<{ key: string; type: string; surfaces: string[] }>;
  quotes: Array<{ text: string; speaker: string | null; kind: string }>;
}

export function readDevArticle(id: string): DevArticle {
  return JSON.parse(readFileSync(join(devDir, `${id}.json`), 'utf8')) as DevArticle;
}

export const SEED_IDS = readdirSync(devDir)
  .filter((file) => /^seed-\d+\.json$/.test(file))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Headline and paragraphs from an article text (paragraphs are separated by a
 * blank line). A short first paragraph is the headline, as the gold texts
 * keep it; otherwise the headline is the first sentence's opening words.
 */
export function splitArticle(text: string): { headline: string; paragraphs: string[] } {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const first = paragraphs[0] ?? '';
  if (first.length <= 140 && paragraphs.length > 1) return { headline: first, paragraphs: paragraphs.slice(1) };
  const words = first.split(/\s+/);
  return { headline: words.slice(0, 9).join(' ') + (words.length > 9 ? '…' : ''), paragraphs };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => values[key] ?? '');
}

const template = (name: string) => readFileSync(join(pagesDir, name), 'utf8');

function articlePage(templateName: string, article: DevArticle, extra = ''): string {
  const { headline, paragraphs } = splitArticle(article.text);
  return fill(template(templateName), {
    TITLE: escapeHtml(headline),
    HEADLINE: escapeHtml(headline),
    SOURCE: escapeHtml(article.source.split(',')[0] ?? ''),
    PARAGRAPHS: paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n'),
    EXTRA: extra,
  });
}

/** Extra markup that takes a page to about `bytes`: a long "more news" list and an inline data blob, as big portals carry. */
function bulk(bytes: number): string {
  const subjects = ['بوتين', 'زيلينسكي', 'الحوثيون', 'نتنياهو', 'البرهان', 'حميدتي', 'الأسد', 'علييف', 'باشينيان', 'لافروف', 'حماس', 'الأمم المتحدة'];
  const verbs = ['يبحث', 'يعلن', 'يحذر من', 'يرحب بـ', 'يدين', 'يناقش'];
  const objects = ['وقف إطلاق النار', 'المساعدات الإنسانية', 'تبادل الأسرى', 'العقوبات الجديدة', 'المفاوضات', 'الوضع الميداني'];
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes / 2; i++) {
    const line = `<li><a href="/news/${1000 + i}">${subjects[i % subjects.length]} ${verbs[i % verbs.length]} ${objects[(i * 7) % objects.length]} (${i})</a> <time>منذ ${i % 59} دقيقة</time></li>\n`;
    items.push(line);
    size += Buffer.byteLength(line);
  }
  const records: string[] = [];
  size = 0;
  for (let i = 0; size < bytes / 2; i++) {
    const record = JSON.stringify({ id: i, title: `خبر رقم ${i} عن ${objects[i % objects.length]}`, tags: ['أخبار', 'العالم'], views: i * 13 });
    records.push(record);
    size += Buffer.byteLength(record) + 1;
  }
  return `<section class="more-news" data-test-region="teasers"><h2>المزيد من الأخبار</h2><ul>\n${items.join('')}</ul></section>\n` +
    `<script type="application/json" id="portal-data">[${records.join(',')}]</script>`;
}

/** The Arabic conflict articles of the dev set: seed and dev articles about one of the six conflicts. */
const conflictArticles = () =>
  readdirSync(devDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readDevArticle(file.replace(/\.json$/, '')))
    .filter((article) => article.language === 'ar' && article.conflicts.length > 0);

/** Characters of text in the live blog: several of the analyzer's parts, under the highlighter's lazy threshold of marks. */
export const LIVE_BLOG_CHARS = 90_000;

/** A paragraph this long is prose. */
const PROSE_CHARS = 80;

/** The live blog's blocks: an update's heading (with its id) or a paragraph, and where each starts in its text (0–1). */
function liveBlogBlocks(): Array<{ id?: string; text: string; at: number }> {
  const articles = conflictArticles();
  const blocks: Array<{ id?: string; text: string; at: number }> = [];
  let total = 0;
  for (let update = 0; total < LIVE_BLOG_CHARS; update++) {
    const { headline, paragraphs } = splitArticle(articles[update % articles.length]!.text);
    // Prose only: the articles' own short lines ("إقرأ أيضاً:", the source) would end the article there.
    for (const [i, text] of [headline, ...paragraphs.filter((p) => p.length >= PROSE_CHARS)].entries()) {
      blocks.push({ ...(i === 0 ? { id: `update-${update}` } : {}), text, at: total });
      total += text.length;
    }
  }
  return blocks.map((block) => ({ ...block, at: block.at / total }));
}

/** The update halfway down the live blog, where a link to one of its updates lands the reader. */
export const liveBlogMiddle = () => liveBlogBlocks().find((block) => block.id && block.at >= 0.45)!.id!;

/**
 * A live blog: the dev set's conflict articles one after another as
 * updates (`<h2 id="update-N">`), repeated to LIVE_BLOG_CHARS. Each block
 * says where it starts in the blog's text (`data-at`, 0–1), and paint-order.js
 * records in which order Sada's highlights arrive.
 */
function liveBlogPage(): string {
  const html = liveBlogBlocks().map(({ id, text, at }) =>
    id ? `      <h2 id="${id}" data-at="${at.toFixed(4)}">${escapeHtml(text)}</h2>` : `      <p data-at="${at.toFixed(4)}">${escapeHtml(text)}</p>`,
  );
  return fill(template('news.html'), {
    TITLE: 'تغطية مباشرة: آخر التطورات',
    HEADLINE: 'تغطية مباشرة: آخر التطورات',
    SOURCE: 'صدى الأخبار',
    PARAGRAPHS: html.join('\n'),
    EXTRA: '<script src="/paint-order.js"></script>',
  });
}

/** Builds the response for a path, or null for 404. */
export function render(path: string): { type: string; body: string } | null {
  const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });
  let match: RegExpMatchArray | null;
  if ((match = path.match(/^\/news\/(seed-\d+)\.html$/)) && SEED_IDS.includes(match[1]!)) {
    return html(articlePage('news.html', readDevArticle(match[1]!)));
  }
  if (path === '/big.html') return html(articlePage('news.html', readDevArticle(SEED_IDS.at(-1)!), bulk(3 * 1024 * 1024)));
  if (path === '/live-blog.html') return html(liveBlogPage());
  if (path === '/persian.html') return html(articlePage('persian.html', readDevArticle('dev-11')));
  if (path === '/sports.html') return html(articlePage('sports.html', readDevArticle('dev-12')));
  // The same sports story on a general news portal, whose ticker, sidebar, teasers and footer all name conflict actors.
  if (path === '/sports-on-portal.html') return html(articlePage('news.html', readDevArticle('dev-12')));
  if (path === '/spa.html') {
    const json = JSON.stringify(splitArticle(readDevArticle('seed-001').text)).replace(/</g, '\\u003c');
    return html(fill(template('spa.html'), { ARTICLE_JSON: json }));
  }
  // A single-page sports site that moves on (history.pushState) to a conflict story.
  if (path === '/spa-nav.html' || path.startsWith('/spa-nav/')) {
    const next = JSON.stringify(splitArticle(readDevArticle('seed-001').text)).replace(/</g, '\\u003c');
    return html(articlePage('spa-nav.html', readDevArticle('dev-12'), next));
  }
  if (path === '/english.html') return html(template('english.html'));
  if (path === '/recorder.js' || path === '/article-dom.js' || path === '/spa.js' || path === '/spa-nav.js' || path === '/paint-order.js') return { type: 'text/javascript; charset=utf-8', body: template(path.slice(1)) };
  if (path === '/site.css') return { type: 'text/css; charset=utf-8', body: template('site.css') };
  return null;
}

export interface TestSite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startSite(): Promise<TestSite> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const page = render(path);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
