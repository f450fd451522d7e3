// The memory in Firefox (dist/firefox as a temporary add-on, puppeteer over
// WebDriver BiDi): read three articles quoting the same speaker; on a fourth
// the popup and the card page show the earlier statements with outlet and
// date; restart Firefox with the same profile and they are still there; a
// switched-off site adds nothing; forgetting works; export and re-import give
// the same memory.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeSnapshot, resultsDir, snapshotExtension, until } from './support/driver';
import { FIREFOX_PATH } from './support/firefox';
import { ARTICLES, startMemorySite, type MemorySite } from './support/memory-site';
import { extensionCall, stateIs } from './support/page-probes';

const UUID = '5ada0000-7e57-4e57-8a11-00000000beef';

async function memoryCall(action: unknown): Promise<any> {
  return (globalThis as any).browser.runtime.sendMessage({ type: 'sada:memory', action });
}

describe('firefox: the memory across pages and a restart', () => {
  let site: MemorySite;
  let extension: string;
  let profile: string;
  let browser: Browser;
  let control: Page;
  const origin = `moz-extension://${UUID}`;

  async function launch(): Promise<void> {
    const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      userDataDir: profile,
      headless: true,
      args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: UUID }),
        // A temporary add-on is removed when Firefox closes: keep its storage, as an installed one keeps it.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    await browser.installExtension(extension);
    control = await openExtensionPage('popup.html?tabId=0', '[data-ready]');
  }

  async function openExtensionPage(path: string, ready: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 420, height: 800 });
    // Firefox sends no load event for moz-extension pages over BiDi: don't await the navigation.
    page.goto(`${origin}/${path}`).catch(() => undefined);
    await until(() => page.evaluate((selector) => document.querySelector(selector) !== null, ready).catch(() => false), 15_000, `${ready} in ${path}`);
    return page;
  }

  const totals = async () => (await control.evaluate(memoryCall, { kind: 'list', limit: 100 })).totalPages as number;

  async function read(index: number, state = 'annotated'): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(site.url(ARTICLES[index]!.path), { waitUntil: 'load' });
    await page.waitForFunction(stateIs, { timeout: 30_000, polling: 100 }, state);
    return page;
  }

  beforeAll(async () => {
    site = await startMemorySite();
    extension = snapshotExtension('firefox');
    profile = mkdtempSync(join(tmpdir(), 'sada-memory-firefox-'));
    await launch();
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [] } });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (extension) removeSnapshot(extension);
  });

  test('three articles remembered; on a fourth the popup and the card page show them with outlet and date', async () => {
    for (let i = 0; i < 3; i++) {
      const page = await read(i);
      await until(async () => (await totals()) === i + 1, 10_000, `article ${i + 1} remembered`);
      await page.close();
    }
    const page = await read(3);
    const tabId = await until(() => control.evaluate(extensionCall, { op: 'tabId', url: page.url() }) as Promise<number | null>, 5_000, 'tab id');
    const popup = await openExtensionPage(`popup.html?tabId=${tabId}`, '[data-ready]');
    await popup.waitForFunction(() => document.querySelectorAll('[data-role="related"] [data-role="statement"]').length > 0, { timeout: 15_000, polling: 100 });
    const related = await popup.$$eval('[data-role="related"] [data-role="statement"]', (items) => items.map((li) => li.textContent ?? ''));
    expect(related.some((text) => text.includes('وكالة الشرق للأنباء') && text.includes('2024-03-04'))).toBe(true);
    await popup.close();

    const quote = 'لن تكون هناك مفاوضات مع كييف ما دامت الهجمات على المدن الروسية مستمرة';
    const query = new URLSearchParams({ kind: 'quote', speaker: 'sergey-lavrov', speakerName: 'لافروف', quote, kind2: 'direct', conflict: 'russia-ukraine' });
    const card = await openExtensionPage(`card.html?${query}`, '[data-role="said-before"]');
    await card.waitForFunction(() => document.querySelectorAll('[data-role="said-before"] [data-role="earlier-statement"]').length > 0, { timeout: 15_000, polling: 100 });
    const earlier = await card.$$eval('[data-role="earlier-statement"]', (items) => items.map((li) => li.textContent ?? ''));
    expect(earlier.some((text) => /وكالة الشرق للأنباء|قناة الأفق/.test(text) && /2024-0[38]-/.test(text))).toBe(true);
    await card.screenshot({ path: join(resultsDir, 'firefox-memory-card.png') });
    await card.close();
    await page.close();
  });

  test('after a restart with the same profile the memory is still there; a switched-off site adds nothing', async () => {
    expect(await totals()).toBe(4);
    await browser.close();
    await launch();
    expect(await totals()).toBe(4);
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [new URL(site.origin).hostname] } });
    const off = await read(4, 'off');
    await new Promise((r) => setTimeout(r, 800));
    expect(await totals()).toBe(4);
    await off.close();
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [] } });
  });

  test('forget everything and re-import the export: the same memory', async () => {
    const exported = JSON.parse((await control.evaluate(memoryCall, { kind: 'export' })).file);
    expect((await control.evaluate(memoryCall, { kind: 'forget-all' })).totalPages).toBe(0);
    const plan = await control.evaluate(memoryCall, { kind: 'import-pages', pages: exported.pages, dryRun: true });
    expect(plan).toMatchObject({ totalPages: 0, plan: { added: 4 } });
    await control.evaluate(memoryCall, { kind: 'import-pages', pages: exported.pages, dryRun: false });
    const again = JSON.parse((await control.evaluate(memoryCall, { kind: 'export' })).file);
    const sorted = (pages: Array<{ url: string }>) => [...pages].sort((a, b) => a.url.localeCompare(b.url));
    expect(sorted(again.pages)).toEqual(sorted(exported.pages));
  });
});
