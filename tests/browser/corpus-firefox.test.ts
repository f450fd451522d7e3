// The statement corpus in Firefox (dist/firefox), through the shell's driver:
// search from the popup, save a page and find its statement, the hover card's
// earlier statements.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import type { ExtensionBrowser, TestPage } from './support/driver';
import { until } from './support/driver';
import { launchFirefox } from './support/firefox';
import { extensionCall, highlightPoint, hoverCardVisible, stateIs } from './support/page-probes';
import { startSite, type TestSite } from './support/site';

/** Types into the popup's search box the way an input method does (value + input event). */
function typeQuery(query: string): void {
  const input = document.querySelector('[data-role="corpus-search"]') as HTMLInputElement;
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const resultOrigins = () =>
  [...document.querySelectorAll('[data-role="corpus-results"] [data-role="statement"]')].map((li) => ({
    origin: li.getAttribute('data-origin'),
    marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
  }));

describe('firefox: the statement corpus', () => {
  let site: TestSite;
  let ext: ExtensionBrowser;
  let control: TestPage;

  beforeAll(async () => {
    site = await startSite();
    ext = await launchFirefox();
    control = await ext.openExtensionPage('popup.html?tabId=0', '[data-ready]');
    await control.evaluate(extensionCall, { op: 'setSettings', settings: { enabled: true, disabledSites: [] } });
  });

  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  test('search, save the page, find its statement; the hover card shows earlier statements', async () => {
    const page = await ext.open(site.url('/news/seed-004.html?corpus=1'));
    await page.waitFor(stateIs, 'annotated', 30_000);
    const tabId = await until(() => control.evaluate(extensionCall, { op: 'tabId', url: page.url }) as Promise<number | null>, 5_000, 'tab id');
    const report = await until(() => control.evaluate(extensionCall, { op: 'report', tabId }) as Promise<PageReport | null>, 10_000, 'report');

    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`, '[data-ready]');
    await popup.waitFor(() => document.activeElement?.getAttribute('data-role') === 'corpus-search');
    await popup.evaluate(typeQuery, 'السكان الارمن');
    await popup.waitFor(() => document.querySelectorAll('[data-role="corpus-results"] mark').length > 0, undefined, 10_000);
    const bundled = await popup.evaluate(resultOrigins);
    expect(bundled[0]!.origin).toBe('bundled');

    // The page read is in the memory by itself.
    await popup.waitFor(() => document.querySelectorAll('[data-role="saved-pages"] li').length === 1, undefined, 10_000);
    const words = report.quotes[0]!.text.split(/[^\p{L}\p{M}]+/u).sort((a, b) => b.length - a.length).slice(0, 2).join(' ');
    await popup.evaluate(typeQuery, `${words} `);
    await popup.waitFor(() => !!document.querySelector('[data-role="corpus-results"] [data-origin="user"]'), undefined, 10_000);
    await popup.click('[data-role="forget-all"]');
    await popup.click('[data-role="confirm-yes"]');
    await popup.waitFor(() => !document.querySelector('[data-role="saved-pages"]'), undefined, 10_000);
    await popup.close();

    // The speaker's card opens on the pointer. Its shadow root is closed, so no page script (nor this test,
    // which has no privileged protocol into Firefox's page here) can read it; chromium's corpus test reads it.
    const point = await page.evaluate(highlightPoint, { name: 'sada-actor-person', withText: 'بيسكوف' });
    expect(point).not.toBeNull();
    await page.bringToFront();
    await page.mouseMove(point!.x, point!.y);
    await page.waitFor(hoverCardVisible, undefined, 10_000);
    await page.close();
  });
});
