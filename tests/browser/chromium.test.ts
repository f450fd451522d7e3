// Sada in Chromium (dist/chromium). Run `node build.mjs` first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium';
import { until, type ExtensionBrowser } from './support/driver';
import { extensionCall, stateIs } from './support/page-probes';
import { defineExtensionSuite } from './support/suite';
import { SEED_IDS, startSite, type TestSite } from './support/site';

defineExtensionSuite('chromium', () => launchChromium());

describe('chromium in Arabic: the popup is right-to-left with Arabic strings', () => {
  let ext: ExtensionBrowser;
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite();
    ext = await launchChromium({ locale: 'ar' });
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  test('popup for an annotated page renders RTL in Arabic', async () => {
    const page = await ext.open(site.url(`/news/${SEED_IDS[0]}.html`));
    await page.waitFor(stateIs, 'annotated', 20_000);
    const control = await ext.openExtensionPage('popup.html?tabId=0', '[data-ready]');
    const tabId = await until(() => control.evaluate(extensionCall, { op: 'tabId', url: page.url }) as Promise<number | null>);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-ready]');
    await popup.waitFor(() => document.querySelector('[data-role="status"]')?.getAttribute('data-status') === 'annotated');
    const shown = await popup.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      title: document.querySelector('h1')?.textContent,
      actorsHeading: document.getElementById('actors-heading')?.textContent,
    }));
    expect(shown).toEqual({ dir: 'rtl', lang: 'ar', title: 'صدى', actorsHeading: 'الفاعلون' });
    await popup.screenshot('popup-arabic', true);
  });
});

describe('chromium: a stopped service worker still knows the tabs', () => {
  let ext: ExtensionBrowser;
  let site: TestSite;
  beforeAll(async () => {
    site = await startSite();
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  test('the page report survives a service worker restart (storage.session)', async () => {
    const page = await ext.open(site.url(`/news/${SEED_IDS[0]}.html`));
    await page.waitFor(stateIs, 'annotated', 20_000);
    const control = await ext.openExtensionPage('popup.html?tabId=0', '[data-ready]');
    const tabId = await until(() => control.evaluate(extensionCall, { op: 'tabId', url: page.url }) as Promise<number | null>);
    const before = await until(async () => {
      const report = (await control.evaluate(extensionCall, { op: 'report', tabId })) as { state: string; quotes: unknown[] } | null;
      return report?.state === 'annotated' ? report : null;
    });
    await ext.stopServiceWorker!();
    const after = (await control.evaluate(extensionCall, { op: 'report', tabId })) as { state: string; quotes: unknown[] } | null;
    expect(after).toEqual(before);
  });
});
