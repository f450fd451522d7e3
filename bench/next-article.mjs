// The next article after a long read: a reader spends more than Chromium's
// 30 s idle limit on one article, then opens another. Does Sada's service
// worker still run, and how long from navigation to data-sada-state="annotated"?
// `node build.mjs && node bench/next-article.mjs [--before=DIR] [--runs=3]`
//
// Not playwright: a DevTools session attached to a service worker keeps it
// alive, so Chromium is driven here over raw CDP, attached to page targets
// only (the service worker is looked for with Target.getTargets, which does
// not attach). Each figure is printed beside `--before=DIR` (an earlier
// dist/chromium) measured in the same run, on the same pages, after the same wait.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devArticles, serveArticles } from './article-pages.mjs';

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const RUNS = Number(arg('runs') ?? 3);
  const IDLE_MS = 40_000;
  const builds = [['Sada', join(root, 'dist/chromium')], ...(arg('before') ? [['before', arg('before')]] : [])];
  for (const [, dir] of builds) if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension in ${dir}: run node build.mjs first`);

  // Article pages: the dev set's Arabic conflict articles, each in a plain news layout.
  const articles = devArticles(root);
  const { server, origin } = await serveArticles(articles);

  const scratch = mkdtempSync(join(tmpdir(), 'sada-next-article-'));
  const browsers = [];
  for (const [label, dir] of builds) browsers.push({ label, ...(await launch(join(scratch, label), dir)) });

  const results = Object.fromEntries(browsers.map((b) => [b.label, { warm: [], next: [], alive: [] }]));
  // The first article after the browser started (not counted): the background starts.
  for (const b of browsers) await annotatedMs(b, `${origin}/article-0`);
  let article = 1;
  for (let run = 0; run < RUNS; run++) {
    // The article the reader reads (its background warm), then the long read.
    for (const b of browsers) results[b.label].warm.push(await annotatedMs(b, `${origin}/article-${article % articles.length}`));
    article++;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    for (const b of browsers) {
      results[b.label].alive.push(await workerAlive(b));
      results[b.label].next.push(await annotatedMs(b, `${origin}/article-${article % articles.length}`));
    }
    article++;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (ms) => (ms == null ? 'never' : `${Math.round(ms)}`);
  console.log(`navigation → annotated (ms), an article read just before, then the next one after ${IDLE_MS / 1000} s without a page; ${RUNS} runs`);
  for (const b of browsers) {
    const r = results[b.label];
    console.log(
      `  ${b.label.padEnd(7)} right after an article: median ${fmt(median(r.warm))} (${r.warm.map(fmt).join(', ')}); ` +
        `after ${IDLE_MS / 1000} s: median ${fmt(median(r.next))} (${r.next.map(fmt).join(', ')}); service worker still running: ${r.alive.filter(Boolean).length} of ${RUNS}`,
    );
  }
  for (const b of browsers) b.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}

/** Chromium with the extension, its DevTools endpoint read from DevToolsActivePort; returns a CDP `send` over one WebSocket. */
async function launch(profile, extension) {
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', `--user-data-dir=${profile}`, '--remote-debugging-port=0', `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`, '--disable-features=DisableLoadExtensionCommandLineSwitch', 'about:blank'];
  const child = spawn(process.env.SADA_CHROMIUM ?? '/usr/bin/chromium', args, { stdio: 'ignore' });
  const portFile = join(profile, 'DevToolsActivePort');
  for (let waited = 0; !existsSync(portFile) || readFileSync(portFile, 'utf8').split('\n').length < 2; waited += 100) {
    if (waited > 20_000) throw new Error('Chromium did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const [port, path] = readFileSync(portFile, 'utf8').split('\n');
  const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise((resolve, reject) => socket.addEventListener('open', resolve) || socket.addEventListener('error', reject));
  let id = 0;
  const pending = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const mine = ++id;
      pending.set(mine, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      socket.send(JSON.stringify({ id: mine, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  // Wait for the extension's service worker to start once.
  for (let waited = 0; !(await send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker'); waited += 100) {
    if (waited > 20_000) throw new Error('the extension did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { send, close: () => (socket.close(), child.kill()) };
}

const workerAlive = async ({ send }) => (await send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker');

/** Opens `url` in a new tab (attached to it only), returns ms from navigation to annotated (null after 20 s), closes the tab. */
async function annotatedMs({ send }, url) {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  const recorder = `new MutationObserver(() => { if (window.__annotated == null && document.documentElement.getAttribute('data-sada-state') === 'annotated') window.__annotated = performance.now(); })
    .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sada-state'] });`;
  await send('Page.addScriptToEvaluateOnNewDocument', { source: recorder }, sessionId);
  await send('Page.navigate', { url }, sessionId);
  let ms = null;
  for (let waited = 0; waited < 20_000 && ms === null; waited += 25) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const { result } = await send('Runtime.evaluate', { expression: 'window.__annotated ?? null', returnByValue: true }, sessionId).catch(() => ({ result: {} }));
    ms = result.value ?? null;
  }
  await send('Target.closeTarget', { targetId });
  return ms;
}

// Node 20 has WebSocket behind a flag (Node 22 without).
if (typeof WebSocket === 'undefined') {
  const child = spawn(process.execPath, ['--experimental-websocket', '--no-warnings', ...process.argv.slice(1)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await main();
}
