// @vitest-environment jsdom
// What a page says about itself: outlet and publication date, each source in turn.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dayInUrl, dayOf, readPageMeta } from '../../src/content/page-meta';

const page = (head: string, body = '<p>نص الخبر</p>', url = 'https://www.akhbar.example/news/1') =>
  new JSDOM(`<!doctype html><html><head><title>عنوان الصفحة</title>${head}</head><body>${body}</body></html>`, { url }).window.document;
const now = new Date('2025-02-03T10:00:00Z');

describe('readPageMeta', () => {
  it('takes the date from JSON-LD first (an article in a @graph), the outlet from og:site_name', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', datePublished: '2024-11-30T23:30:00-05:00', publisher: { name: 'جريدة الغد' } }] });
    const meta = readPageMeta(page(`<meta property="og:site_name" content="موقع الغد الإخباري"><script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2020-01-01">`), now);
    // The day the page states (its own time zone), not shifted to UTC.
    expect(meta).toEqual({ url: 'https://www.akhbar.example/news/1', title: 'عنوان الصفحة', outlet: 'موقع الغد الإخباري', published: { date: '2024-11-30', source: 'json-ld' } });
  });

  it('falls back to the JSON-LD publisher, <meta>, <time>, the address, then the visit day', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Organization', publisher: [{ name: 'وكالة المثال' }] })}</script>`;
    expect(readPageMeta(page(`${ld}<meta name="pubdate" content="2023-07-09">`), now)).toMatchObject({ outlet: 'وكالة المثال', published: { date: '2023-07-09', source: 'meta' } });
    expect(readPageMeta(page('', '<article><time datetime="2022-03-15T08:00">١٥ مارس</time></article>'), now).published).toEqual({ date: '2022-03-15', source: 'time' });
    expect(readPageMeta(page('', '<p>x</p>', 'https://site.example/2021/06/30/story.html'), now)).toMatchObject({ outlet: 'site.example', published: { date: '2021-06-30', source: 'url' } });
    expect(readPageMeta(page(''), now).published).toMatchObject({ source: 'visit' });
  });

  it('survives broken or hostile metadata', () => {
    const broken = '<script type="application/ld+json">{not json</script><script type="application/ld+json">{"datePublished":"yesterday"}</script>';
    const meta = readPageMeta(page(`${broken}<meta property="og:site_name" content="   ">`), now);
    expect(meta.outlet).toBe('akhbar.example');
    expect(meta.published.source).toBe('visit');
    const deep = `<script type="application/ld+json">${'['.repeat(5000)}${']'.repeat(5000)}</script>`;
    expect(() => readPageMeta(page(deep), now)).not.toThrow();
  });
});

describe('dates', () => {
  it('reads a day from ISO text and refuses impossible ones', () => {
    expect(dayOf('2024-02-29T10:00:00Z')).toBe('2024-02-29');
    expect(dayOf('2024-13-01')).toBeNull();
    expect(dayOf('1890-01-01')).toBeNull();
    expect(dayOf(20240101)).toBeNull();
  });

  it('finds a date in an address, not in an article number', () => {
    expect(dayInUrl('https://e.example/2024/05/17/x')).toBe('2024-05-17');
    expect(dayInUrl('https://e.example/news/2024-05-17-ceasefire')).toBe('2024-05-17');
    expect(dayInUrl('https://e.example/a/20240517/')).toBe('2024-05-17');
    expect(dayInUrl('https://e.example/news/1234567')).toBeNull();
    expect(dayInUrl('not a url')).toBeNull();
  });
});
