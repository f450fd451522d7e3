// Does Firefox keep Sada's event page (its background, where the analyzer
// stays warm) alive while the reader reads Arabic pages? Firefox stops an
// idle event page after `extensions.background.idle.timeout` ms (30 s by
// default); keep-warm.ts touches runtime.getPlatformInfo every PING_MS (20 s)
// for a while after each Arabic-script page. Here the limit is 24 s (above
// PING_MS, so the run is shorter): a page left alone lets the background stop
// (the control: the limit is in force), an Arabic article keeps the same
// background running across two of those limits.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PING_MS } from '../../src/background/keep-warm';
import { sleep, until, type ExtensionBrowser, type TestPage } from './support/driver';
import { launchFirefox } from './support/firefox';
import { stateIs } from './support/page-probes';
import { SEED_IDS, startSite, type TestSite } from './support/site';

const IDLE_LIMIT_MS = 24_000;

/** When the running background page started (its time origin), or null when it is not running; reading does not wake it. */
function backgroundStarted(): number | null {
  const api = (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window | null } } }).browser;
  return api.extension.getBackgroundPage()?.performance.timeOrigin ?? null;
}

describe('firefox: the event page stays warm while the reader reads Arabic pages', () => {
  let site: TestSite;
  let ext: ExtensionBrowser;
  let control: TestPage;

  beforeAll(async () => {
    expect(PING_MS).toBeLessThan(IDLE_LIMIT_MS - 2_000);
    site = await startSite();
    ext = await launchFirefox({ 'extensions.background.idle.timeout': IDLE_LIMIT_MS });
    // An extension page to look at the background from (the popup asks for a report once, when it opens).
    control = await ext.openExtensionPage('popup.html?tabId=0', '[data-ready]');
  });

  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  test('after a page left alone the background stops; after an Arabic article the same background still runs two idle limits later', async () => {
    const english = await ext.open(site.url('/english.html'));
    // The control: nothing keeps the background, and Firefox stops it once idle.
    await until(async () => (await control.evaluate(backgroundStarted)) === null || null, IDLE_LIMIT_MS + 20_000, 'the background stopping when idle');
    await english.close();

    const article = await ext.open(site.url(`/news/${SEED_IDS[0]}.html`));
    await article.waitFor(stateIs, 'annotated', 20_000);
    const started = await control.evaluate(backgroundStarted);
    expect(started).not.toBeNull();
    await sleep(2 * IDLE_LIMIT_MS + 2_000);
    expect(await control.evaluate(backgroundStarted)).toBe(started);
    await article.close();
  }, 150_000);
});
