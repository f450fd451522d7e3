// What the browser benchmarks share: the dev set's Arabic conflict articles as
// plain news pages served from 127.0.0.1, and the trivial extension that only
// marks the page (the peer every navigation → annotated figure is printed beside).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The dev set's Arabic conflict articles, each as its escaped paragraphs. */
export function devArticles(root) {
  const dev = join(root, '../shared/eval/dev');
  return readdirSync(dev)
    .map((f) => JSON.parse(readFileSync(join(dev, f), 'utf8')))
    .filter((g) => g.language === 'ar' && g.conflicts.length > 0)
    .map((g) => g.text.split(/\n+/).filter((p) => p.trim()).map(escape));
}

/** One article in a plain news layout. */
export const articlePage = (paragraphs) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${paragraphs[0].slice(0, 90)}</title></head>` +
  `<body><nav><a href="#">الرئيسية</a></nav><main><article><h1>${paragraphs[0]}</h1>${paragraphs.slice(1).map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

/** Serves `/article-N…` (the Nth article) on 127.0.0.1; resolves to the server and its origin. */
export async function serveArticles(articles) {
  const server = createServer((request, response) => {
    const n = Number(/\/article-(\d+)/.exec(request.url ?? '')?.[1] ?? -1);
    const body = articles[n] ? articlePage(articles[n]) : '';
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Writes, into `dir`, an extension whose content script (document_idle) only sets data-sada-state="annotated". */
export function writeMarkerExtension(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'marker', version: '1', content_scripts: [{ matches: ['http://*/*'], js: ['mark.js'], run_at: 'document_idle' }] }),
  );
  writeFileSync(join(dir, 'mark.js'), `document.documentElement.setAttribute('data-sada-state', 'annotated');`);
  return dir;
}
