// The statement corpus in Chromium: search from the popup (as you type, arrow
// keys, highlighted words), related statements, save a page, find its
// statement, export, clear, re-import, and a hostile import refused.
// Reuses the shell's harness (extension snapshot, test site, probes) but drives
// Playwright directly for what the shared driver lacks (files, downloads).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { CHROMIUM_PATH, extensionArgs } from './support/chromium';
import { snapshotExtension, until } from './support/driver';
import { extensionCall, highlightPoint, stateIs } from './support/page-probes';
import { startSite, type TestSite } from './support/site';

/** List items under a `className` element in Sada's card: the extension's card.html, framed in a closed shadow root. */
async function cardListItems(page: Page, className: string): Promise<number> {
  const frame = page.frames().find((f) => /\/card\.html\?/.test(f.url()));
  if (!frame) return 0;
  return frame.evaluate((name) => document.querySelectorAll(`.${name} li`).length, className).catch(() => 0);
}

describe('chromium: the statement corpus from the popup', () => {
  let site: TestSite;
  let context: BrowserContext;
  let origin: string;
  let profile: string;
  let control: Page;
  let worker: import('playwright-core').Worker;
  const requests: string[] = [];

  beforeAll(async () => {
    site = await startSite();
    const extension = snapshotExtension('chromium');
    profile = mkdtempSync(join(tmpdir(), 'sada-corpus-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale: 'en-US',
      acceptDownloads: true,
      args: extensionArgs(extension, 'en-US'),
    });
    context.on('request', (r) => void requests.push(r.url()));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const url = new URL(worker.url());
    origin = `${url.protocol}//${url.host}`;
    control = await context.newPage();
    await control.goto(`${origin}/popup.html?tabId=0`);
    await control.waitForSelector('[data-ready]');
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [] } });
  });

  afterAll(async () => {
    await context?.close();
    await site?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function openArticle(path: string): Promise<{ page: Page; tabId: number; report: PageReport }> {
    const page = await context.newPage();
    await page.goto(site.url(path));
    await page.waitForFunction(stateIs, 'annotated', { timeout: 30_000, polling: 100 });
    const tabId = await until(() => control.evaluate(extensionCall, { op: 'tabId', url: page.url() }) as Promise<number | null>, 5_000, 'tab id');
    const report = await until(() => control.evaluate(extensionCall, { op: 'report', tabId }) as Promise<PageReport | null>, 10_000, 'report');
    return { page, tabId, report };
  }

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-ready]');
    return popup;
  }

  const resultTexts = (popup: Page) =>
    popup.$$eval('[data-role="corpus-results"] [data-role="statement"]', (items) =>
      items.map((li) => ({
        text: li.querySelector('.sada-context')?.textContent ?? '',
        marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        origin: li.getAttribute('data-origin'),
        active: li.classList.contains('active'),
      })),
    );

  /** The two longest words of a quote: a query that finds it and little else. */
  const queryFor = (quote: string) =>
    quote
      .split(/[^\p{L}\p{M}]+/u)
      .filter((w) => w.length > 0)
      .sort((a, b) => b.length - a.length)
      .slice(0, 2)
      .join(' ');

  /** The background's fetches of the bundled index so far (counted by a probe wrapped around its fetch). */
  const corpusFetches = () => worker.evaluate(() => (self as unknown as { corpusFetches?: number }).corpusFetches ?? -1);

  test('the bundled index is loaded on the first question, never for a page Sada leaves alone', async () => {
    await worker.evaluate(() => {
      const scope = self as unknown as { corpusFetches: number; fetch: typeof fetch };
      const original = scope.fetch.bind(scope);
      scope.corpusFetches = 0;
      scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/corpus.json')) scope.corpusFetches++;
        return original(input, init);
      };
    });
    const page = await context.newPage();
    await page.goto(site.url('/english.html'));
    await page.waitForTimeout(1500);
    expect(await corpusFetches()).toBe(0);
    await page.close();
    const popup = await openPopup(0);
    await popup.keyboard.type('قره باغ ');
    await popup.waitForSelector('[data-role="corpus-results"] [data-role="statement"]', { timeout: 10_000 });
    expect(await corpusFetches()).toBe(1);
    await popup.close();
  });

  test('search as you type: focused on open, Arabic-aware matches highlighted, arrow keys move', async () => {
    const { page, tabId } = await openArticle('/news/seed-004.html');
    const popup = await openPopup(tabId);
    await popup.waitForFunction(() => document.activeElement?.getAttribute('data-role') === 'corpus-search');
    // Typed key by key, without the article: "السكان" is printed "للسكان", "السكان" in the corpus.
    await popup.keyboard.type('سكان الارمن');
    await popup.waitForSelector('[data-role="corpus-results"] [data-role="statement"]', { timeout: 10_000 });
    const results = await resultTexts(popup);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.active).toBe(true);
    // Hamza and article differ from the query: "الأرمن" matched by "الارمن".
    expect(results[0]!.marks.some((m) => m.includes('الأرمن') || m.includes('سكان'))).toBe(true);
    await popup.keyboard.press('ArrowDown');
    const afterDown = await resultTexts(popup);
    if (afterDown.length > 1) expect(afterDown[1]!.active).toBe(true);
    // Half a word: the prefix completes.
    await popup.fill('[data-role="corpus-search"]', '');
    await popup.keyboard.type('زاخارو');
    await popup.waitForFunction(
      () => [...document.querySelectorAll('[data-role="corpus-results"] mark')].some((m) => (m.textContent ?? '').includes('زاخاروفا')),
      undefined,
      { timeout: 10_000 },
    );
    // Choosing a speaker filters by them; a date range narrows further.
    await popup.click('[data-role="corpus-results"] [data-role="filter-speaker"]');
    await popup.waitForSelector('[data-role="speaker-filter"]');
    const chosen = (await popup.textContent('[data-role="speaker-filter"]'))!.replace('×', '').trim();
    await popup.waitForFunction(
      (name) => {
        const names = [...document.querySelectorAll('[data-role="corpus-results"] [data-role="filter-speaker"]')].map((b) => b.textContent);
        return names.length > 0 && names.every((n) => n === name);
      },
      chosen,
      { timeout: 10_000 },
    );
    await popup.fill('[data-role="corpus-from"]', '2030-01-01');
    await popup.waitForSelector('[data-role="corpus-results"]', { state: 'detached' });
    await popup.fill('[data-role="corpus-from"]', '');
    await popup.click('[data-role="speaker-filter"]');
    await popup.waitForSelector('[data-role="speaker-filter"]', { state: 'detached' });
    // No markup from results ends up as HTML: text pieces only.
    expect(await popup.$$eval('[data-role="corpus-results"] script, [data-role="corpus-results"] img', (n) => n.length)).toBe(0);
    await popup.screenshot({ path: join(process.cwd(), 'test-results', 'chromium-corpus-search.png') });
    await popup.close();

    // The hover card of a speaker lists their earlier statements from the corpus. The card is an extension
    // page framed in a closed shadow root (no page script can read it): the test reads the frame itself.
    const point = await page.evaluate(highlightPoint, { name: 'sada-actor-person', withText: 'بيسكوف' });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await until(async () => ((await cardListItems(page, 'earlier')) > 0 ? true : null), 10_000, 'earlier statements in the card');
    await page.close();
  });

  test('related statements, save a page, find its statement, export, clear, re-import; hostile file refused', async () => {
    const { page, tabId, report } = await openArticle('/news/seed-002.html');
    expect(report.quotes.length).toBeGreaterThan(0);
    const popup = await openPopup(tabId);
    // Related: the page is about Karabakh; the bundled corpus has Karabakh statements.
    await popup.waitForSelector('[data-role="related"] [data-role="statement"]', { timeout: 10_000 });
    const related = await popup.$$eval('[data-role="related"] [data-role="statement"]', (items) => items.length);
    expect(related).toBeGreaterThan(0);

    // Read pages are remembered by themselves; "remember this page now" says so again.
    await popup.waitForSelector('[data-role="saved-pages"] li');
    await popup.click('[data-role="save-page"]');
    await popup.waitForFunction(() => /remembered \d+ statements/.test(document.querySelector('[data-role="corpus-note"]')?.textContent ?? ''));

    // The page's statement is found, from the reader's memory.
    const query = queryFor(report.quotes[0]!.text);
    await popup.fill('[data-role="corpus-search"]', `${query} `);
    await popup.waitForSelector('[data-role="corpus-results"] [data-origin="user"]', { timeout: 10_000 });

    // Export through the button: a JSON download with the schema.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-role="export-json"]')]);
    const exportedPath = join(profile, 'export.json');
    await download.saveAs(exportedPath);
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'sada-memory', version: 2 });
    expect(exported.pages.map((p: { url: string }) => p.url)).toContain(page.url());

    // Forget everything (asked first): the statement is gone from search.
    await popup.click('[data-role="forget-all"]');
    await popup.click('[data-role="confirm-yes"]');
    await popup.waitForSelector('[data-role="saved-pages"]', { state: 'detached' });
    await popup.fill('[data-role="corpus-search"]', '');
    await popup.fill('[data-role="corpus-search"]', `${query} `);
    await popup.waitForTimeout(500);
    expect(await popup.$$('[data-role="corpus-results"] [data-origin="user"]')).toHaveLength(0);

    // A hostile file: refused with a message, nothing imported.
    const hostilePath = join(profile, 'hostile.json');
    writeFileSync(hostilePath, JSON.stringify({ ...exported, pages: [{ ...exported.pages[0], title: '<img src=x onerror="alert(1)">' }] }));
    await popup.setInputFiles('[data-role="import-file"]', hostilePath);
    await popup.waitForFunction(() => /import refused/.test(document.querySelector('[data-role="corpus-note"]')?.textContent ?? ''));
    expect(await popup.$$('[data-role="saved-pages"] li')).toHaveLength(0);

    // Re-import the export: a preview first, then the pages and the statement are back.
    await popup.setInputFiles('[data-role="import-file"]', exportedPath);
    await popup.waitForSelector('[data-role="import-preview"]');
    await popup.click('[data-role="import-confirm"]');
    await popup.waitForSelector('[data-role="saved-pages"] li');
    await popup.fill('[data-role="corpus-search"]', '');
    await popup.fill('[data-role="corpus-search"]', `${query} `);
    await popup.waitForSelector('[data-role="corpus-results"] [data-origin="user"]', { timeout: 10_000 });

    // Forget the pages one by one.
    while ((await popup.$$('[data-role="remove-page"]')).length > 0) {
      const before = (await popup.$$('[data-role="remove-page"]')).length;
      await popup.click('[data-role="remove-page"]');
      await popup.waitForFunction((n) => document.querySelectorAll('[data-role="remove-page"]').length < n, before);
    }
    await popup.close();
    await page.close();
  });

  test('damaged stored data is set aside and reported; the popup still works', async () => {
    await control.evaluate(() => (globalThis as any).chrome.storage.local.set({ userCorpus: { format: 'sada-user-corpus', version: 1, pages: 'broken' } }));
    const popup = await openPopup(0);
    await popup.waitForSelector('[data-role="memory-damaged"]');
    expect(await popup.textContent('[data-role="memory-damaged"]')).toMatch(/damaged/);
    // Search still answers from the bundled corpus.
    await popup.keyboard.type('قره باغ ');
    await popup.waitForSelector('[data-role="corpus-results"] [data-role="statement"]', { timeout: 10_000 });
    await popup.click('[data-role="drop-damaged"]');
    await popup.waitForSelector('[data-role="memory-damaged"]', { state: 'detached' });
    await popup.close();
  });

  test('no request leaves the browser', () => {
    const outside = requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
  });
});
