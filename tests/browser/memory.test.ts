// The memory in Chromium, on article pages of our own: read three articles
// quoting the same speaker; on a fourth the card (card.html in a frame the
// page cannot read) and the popup show the earlier statements with outlet and
// date; restart the browser with the same profile (in Arabic) and they are
// still there; a switched-off site and "remember" off add nothing; forgetting
// works (with undo); export and re-import give the same memory. Screenshots
// of the card and the timeline in English and Arabic.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_PATH, extensionArgs } from './support/chromium';
import { removeSnapshot, resultsDir, snapshotExtension, until } from './support/driver';
import { ARTICLES, startMemorySite, type MemorySite } from './support/memory-site';
import { extensionCall, highlightPoint, stateIs } from './support/page-probes';

/** Runs in an extension page: one memory action through the background. */
async function memoryCall(action: unknown): Promise<any> {
  return (globalThis as any).chrome.runtime.sendMessage({ type: 'sada:memory', action });
}

describe('chromium: the memory across pages, restarts and switches', () => {
  let site: MemorySite;
  let extension: string;
  let profile: string;
  let context: BrowserContext;
  let origin: string;
  let control: Page;
  const requests: string[] = [];

  async function launch(locale: string): Promise<void> {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale,
      acceptDownloads: true,
      viewport: { width: 1100, height: 800 },
      args: extensionArgs(extension, locale),
    });
    context.on('request', (r) => void requests.push(r.url()));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const url = new URL(worker.url());
    origin = `${url.protocol}//${url.host}`;
    control = await context.newPage();
    await control.goto(`${origin}/popup.html?tabId=0`);
    await control.waitForSelector('[data-ready]');
  }

  const totals = async () => {
    const answer = await control.evaluate(memoryCall, { kind: 'list', limit: 100 });
    return { pages: answer.totalPages as number, statements: answer.totalStatements as number, urls: (answer.pages as Array<{ url: string }>).map((p) => p.url) };
  };

  async function read(index: number, state = 'annotated'): Promise<Page> {
    const page = await context.newPage();
    await page.goto(site.url(ARTICLES[index]!.path));
    await page.waitForFunction(stateIs, state, { timeout: 30_000, polling: 100 });
    return page;
  }

  const tabIdOf = (page: Page) => until(() => control.evaluate(extensionCall, { op: 'tabId', url: page.url() }) as Promise<number | null>, 5_000, 'tab id');

  beforeAll(async () => {
    site = await startMemorySite();
    extension = snapshotExtension('chromium');
    profile = mkdtempSync(join(tmpdir(), 'sada-memory-'));
    await launch('en-US');
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [] } });
  });

  afterAll(async () => {
    await context?.close();
    await site?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (extension) removeSnapshot(extension);
  });

  test('three articles read are remembered with outlet and the date each page states; the "read also" list is not', async () => {
    for (let i = 0; i < 3; i++) {
      const page = await read(i);
      await until(async () => (await totals()).pages === i + 1, 10_000, `article ${i + 1} remembered`);
      await page.close();
    }
    const file = JSON.parse((await control.evaluate(memoryCall, { kind: 'export' })).file);
    const byPath = (path: string) => file.pages.find((p: { url: string }) => p.url.endsWith(path));
    expect(byPath(ARTICLES[0]!.path)).toMatchObject({ outlet: 'وكالة الشرق للأنباء', date: '2024-03-04', dateSource: 'json-ld', conflict: 'russia-ukraine' });
    expect(byPath(ARTICLES[1]!.path)).toMatchObject({ outlet: 'صحيفة المدار', date: '2024-05-12', dateSource: 'meta' });
    expect(byPath(ARTICLES[2]!.path)).toMatchObject({ outlet: 'قناة الأفق', date: '2024-08-20' });
    const words = file.pages.flatMap((p: { statements: Array<{ context: string; speaker: { id: string } | null }> }) => p.statements);
    expect(words.every((s: { speaker: { id: string } | null }) => s.speaker?.id === 'sergey-lavrov')).toBe(true);
    expect(JSON.stringify(file)).not.toContain('لن نسمح بنشر قوات أجنبية');
  });

  test('on a fourth article the popup and the card show the earlier statements with outlet and date; the page cannot read the card', async () => {
    const page = await read(3);
    const tabId = await tabIdOf(page);
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-role="related"] [data-role="statement"]', { timeout: 15_000 });
    const related = await popup.$$eval('[data-role="related"] [data-role="statement"]', (items) => items.map((li) => li.textContent ?? ''));
    expect(related.some((text) => text.includes('وكالة الشرق للأنباء') && text.includes('2024-03-04'))).toBe(true);
    await popup.close();

    // The card as the content side hosts it: card.html in a frame by the quote.
    const card = await openCardFrame(page, origin);
    await card.waitForSelector('[data-role="said-before"] [data-role="earlier-statement"]', { timeout: 15_000 });
    const earlier = await card.$$eval('[data-role="said-before"] [data-role="earlier-statement"]', (items) => items.map((li) => li.textContent ?? ''));
    expect(earlier[0]).toContain('مفاوضات');
    expect(earlier.some((text) => /وكالة الشرق للأنباء|قناة الأفق/.test(text) && /2024-0[38]-/.test(text))).toBe(true);
    // The same words from two outlets are one statement listing both.
    expect(earlier.some((text) => text.includes('وكالة الشرق للأنباء') && text.includes('قناة الأفق'))).toBe(true);
    // A page script gets nothing out of the frame.
    const leak = await page.evaluate(() => {
      const frame = document.getElementById('card-under-test') as HTMLIFrameElement;
      let text = '';
      try {
        text = frame.contentWindow!.document.body.textContent ?? '';
      } catch {
        text = '';
      }
      return { doc: frame.contentDocument === null, text };
    });
    expect(leak).toEqual({ doc: true, text: '' });
    // All the page hears from the card is its one fixed size (a size following the content would tell how much the reader has).
    const heard = await page.evaluate(() => (window as unknown as { cardMessages: unknown[] }).cardMessages);
    expect(heard).toEqual([{ sada: 'card-size', width: 360, height: 420 }]);
    await (await page.$('#card-under-test'))!.screenshot({ path: join(resultsDir, 'chromium-memory-card-en.png') });
    await timelineShot(context, 'en');
    await page.close();
  });

  test('hovering the speaker opens the card frame with their latest statements; the page reaches neither the frame nor its text', async () => {
    const page = await read(3);
    const point = await page.evaluate(highlightPoint, { name: 'sada-actor-person', withText: 'لافروف' });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = await until(async () => page.frames().find((f) => /\/card\.html\?/.test(f.url())) ?? null, 10_000, 'card frame');
    await card.waitForSelector('[data-role="latest"] [data-role="earlier-statement"]', { timeout: 15_000 });
    expect(await card.textContent('[data-role="latest"]')).toMatch(/وكالة الشرق للأنباء|صحيفة المدار|قناة الأفق/);
    const seen = await page.evaluate(() => ({
      root: (document.querySelector('[data-sada-host]') as HTMLElement | null)?.shadowRoot ?? null,
      text: document.documentElement.textContent ?? '',
    }));
    expect(seen.root).toBeNull();
    expect(seen.text).not.toMatch(/وكالة الشرق للأنباء|صحيفة المدار|قناة الأفق/);
    await page.close();
  });

  test('after a browser restart (same profile, Arabic UI) the memory is still there', async () => {
    const before = await totals();
    expect(before.pages).toBe(4);
    await context.close();
    await launch('ar');
    expect(await totals()).toEqual(before);
    const page = await read(3);
    const card = await openCardFrame(page, origin);
    await card.waitForSelector('[data-role="said-before"] [data-role="earlier-statement"]', { timeout: 15_000 });
    await (await page.$('#card-under-test'))!.screenshot({ path: join(resultsDir, 'chromium-memory-card-ar.png') });
    await timelineShot(context, 'ar');
    await page.close();
  });

  test('a switched-off site and "remember" switched off add nothing', async () => {
    const host = new URL(site.origin).hostname;
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [host] } });
    const off = await read(4, 'off');
    await off.waitForTimeout(800);
    expect((await totals()).pages).toBe(4);
    await off.close();
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [], remember: false } });
    const notKept = await read(4);
    await notKept.waitForTimeout(800);
    expect((await totals()).pages).toBe(4);
    await notKept.close();
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [] } });
  });

  test('forgetting works (asked first, with undo); export and re-import give the same memory', async () => {
    const popup = await context.newPage();
    await popup.goto(`${origin}/popup.html?tabId=0`);
    await popup.waitForSelector('[data-role="saved-pages"] li');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-role="export-json"]')]);
    const exportedPath = join(profile, 'memory-export.json');
    await download.saveAs(exportedPath);
    const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
    expect(exported.pages).toHaveLength(4);

    await popup.click('[data-role="remove-page"]');
    await until(async () => (await totals()).pages === 3, 5_000, 'one page forgotten');
    await popup.click('[data-role="undo"]');
    await until(async () => (await totals()).pages === 4, 5_000, 'undo');

    await popup.click('[data-role="forget-all"]');
    expect(await popup.textContent('[data-role="confirm"]')).toMatch(/4/);
    await popup.click('[data-role="confirm-yes"]');
    await until(async () => (await totals()).pages === 0, 5_000, 'everything forgotten');

    await popup.setInputFiles('[data-role="import-file"]', exportedPath);
    await popup.waitForSelector('[data-role="import-preview"]');
    expect(await popup.textContent('[data-role="import-preview"]')).toMatch(/4/);
    await popup.click('[data-role="import-confirm"]');
    await until(async () => (await totals()).pages === 4, 10_000, 're-imported');
    const again = JSON.parse((await control.evaluate(memoryCall, { kind: 'export' })).file);
    const sorted = (pages: Array<{ url: string }>) => [...pages].sort((a, b) => a.url.localeCompare(b.url));
    expect(sorted(again.pages)).toEqual(sorted(exported.pages));
    await popup.close();
  });

  test('no request leaves the browser', () => {
    const outside = requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(outside).toEqual([]);
  });
});

async function openCardFrame(page: Page, origin: string): Promise<Frame> {
  const quote = 'لن تكون هناك مفاوضات مع كييف ما دامت الهجمات على المدن الروسية مستمرة';
  const query = new URLSearchParams({ kind: 'quote', id: '', name: 'لافروف', conflict: 'russia-ukraine', speaker: 'sergey-lavrov', speakerName: 'لافروف', quote, kind2: 'direct' });
  await page.evaluate((src) => {
    const seen: unknown[] = [];
    (window as unknown as { cardMessages: unknown[] }).cardMessages = seen;
    window.addEventListener('message', (e) => seen.push(e.data));
    const frame = document.createElement('iframe');
    frame.id = 'card-under-test';
    frame.src = src;
    frame.style.cssText = 'position:fixed;top:10px;left:10px;width:380px;height:560px;border:0;z-index:10';
    document.body.append(frame);
  }, `${origin}/card.html?${query}`);
  return until(async () => page.frames().find((f) => f.url().includes('card.html')) ?? null, 10_000, 'card frame');
}

async function timelineShot(context: BrowserContext, lang: string): Promise<void> {
  const url = new URL(context.serviceWorkers()[0]!.url());
  const origin = `${url.protocol}//${url.host}`;
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 900, height: 900 });
  await tab.goto(`${origin}/card.html?view=timeline&id=sergey-lavrov&name=${encodeURIComponent('لافروف')}`);
  await tab.waitForSelector('[data-role="timeline-group"] [data-role="earlier-statement"]', { timeout: 15_000 });
  expect(await tab.$$('[data-role="timeline-group"] [data-role="earlier-statement"]')).not.toHaveLength(0);
  await tab.screenshot({ path: join(resultsDir, `chromium-memory-timeline-${lang}.png`), fullPage: true });
  await tab.close();
}
