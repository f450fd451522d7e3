// What a page says about itself, for the memory: its address, title, the
// outlet's own name and the article's publication date as the page states it.
// Reads metadata only (JSON-LD, <meta>, <time>, the URL); never changes the page.

export type PublishedSource = 'json-ld' | 'meta' | 'time' | 'url' | 'visit';

export interface PageMeta {
  url: string;
  title: string;
  /** og:site_name, JSON-LD publisher name, else the host without "www.". */
  outlet: string;
  published: { date: string | null; source: PublishedSource };
}

const MAX_JSON_LD_CHARS = 200_000;
const MAX_JSON_LD_BLOCKS = 20;
const MAX_TEXT = 300;

/** 'YYYY-MM-DD' from an ISO date or date-time as printed (the day the page states, not shifted to UTC). */
export function dayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A date in the address: /2024/05/17/, /2024-05-17-, /20240517/. */
export function dayInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|[/_-])(20\d{2}|19\d{2})([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  return m ? dayOf(`${m[1]}-${m[3]}-${m[4]}`) : null;
}

const clean = (s: unknown): string => (typeof s === 'string' ? s.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT) : '');

/** Every object of the page's JSON-LD blocks (graphs and lists flattened), bounded. */
function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || out.length > 200) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph, depth + 1);
    }
  };
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, MAX_JSON_LD_BLOCKS);
  for (const block of blocks) {
    const text = block.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A broken block says nothing.
    }
  }
  return out;
}

const isArticle = (o: Record<string, unknown>) => {
  const type = o['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|Posting|Report|BlogPosting/i.test(t));
};

function metaContent(doc: Document, names: string[]): string {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return '';
}

function publisherName(objects: Array<Record<string, unknown>>): string {
  for (const o of objects) {
    const publisher = o.publisher as Record<string, unknown> | Array<Record<string, unknown>> | undefined;
    const first = Array.isArray(publisher) ? publisher[0] : publisher;
    const name = clean(first?.name);
    if (name) return name;
  }
  return '';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The page's date as it states it, and where it says so; the visit day (local) when it says nothing. */
function published(doc: Document, objects: Array<Record<string, unknown>>, url: string, now: Date): PageMeta['published'] {
  const articles = objects.filter(isArticle);
  for (const o of [...articles, ...objects]) {
    const day = dayOf(o.datePublished) ?? dayOf(o.dateCreated);
    if (day) return { date: day, source: 'json-ld' };
  }
  const meta = dayOf(metaContent(doc, ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued']));
  if (meta) return { date: meta, source: 'meta' };
  for (const time of [...doc.querySelectorAll('article time[datetime], time[datetime]')].slice(0, 20)) {
    const day = dayOf(time.getAttribute('datetime'));
    if (day) return { date: day, source: 'time' };
  }
  const fromUrl = dayInUrl(url);
  if (fromUrl) return { date: fromUrl, source: 'url' };
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  return { date: local, source: 'visit' };
}

/** What the page says about itself. Never throws. */
export function readPageMeta(doc: Document, now = new Date()): PageMeta {
  const url = (doc.location?.href ?? '').split('#')[0]!.slice(0, 2048);
  let objects: Array<Record<string, unknown>> = [];
  try {
    objects = jsonLdObjects(doc);
  } catch {
    objects = [];
  }
  const outlet = metaContent(doc, ['og:site_name', 'application-name']) || publisherName(objects) || hostOf(url);
  const title = clean(metaContent(doc, ['og:title']) || doc.title);
  return { url, title, outlet, published: published(doc, objects, url, now) };
}
