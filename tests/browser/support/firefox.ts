// Firefox ESR (/usr/bin/firefox-esr) through puppeteer-core over WebDriver
// BiDi, with dist/firefox installed as a temporary add-on (host permissions
// granted). The add-on's UUID is pinned by a pref so extension pages have a
// known moz-extension:// origin.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { removeSnapshot, requireBrowser, snapshotExtension, screenshotPath, sleep, until, type ExtensionBrowser, type TestPage } from './driver';

export const FIREFOX_PATH = process.env.SADA_FIREFOX ?? '/usr/bin/firefox-esr';
const FIXED_UUID = '5ada0000-7e57-4e57-8a11-000000000001';

function wrap(page: Page, browserName: string): TestPage {
  return {
    get url() {
      return page.url();
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg as never);
    },
    hover: (selector) => page.hover(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    press: async (chord) => {
      // Puppeteer presses one key at a time: hold the modifiers of 'Alt+Shift+ArrowDown' around the last key.
      const keys = chord.split('+') as never[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    screenshot: async (name, fullPage = false) => {
      const path = screenshotPath(browserName, name);
      await page.screenshot({ path, fullPage });
      return path;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** `prefs`: more Firefox preferences for this run (e.g. a shorter idle limit for the event page). */
export async function launchFirefox(prefs: Record<string, string | number | boolean> = {}): Promise<ExtensionBrowser> {
  requireBrowser(FIREFOX_PATH, 'firefox-esr', 'SADA_FIREFOX');
  const extension = snapshotExtension('firefox');
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  // Our own profile folder: puppeteer leaves its temporary one behind when the launch fails.
  const profile = mkdtempSync(join(tmpdir(), 'sada-firefox-'));
  const removeCopies = () => {
    rmSync(profile, { recursive: true, force: true });
    removeSnapshot(extension);
  };
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    userDataDir: profile,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIXED_UUID }),
      // No network chatter of Firefox's own (updates, telemetry, remote settings).
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...prefs,
    },
  }).catch((err: unknown) => {
    removeCopies();
    throw err;
  });
  await browser.installExtension(extension);
  const requests: string[] = [];
  const track = (page: Page) => page.on('request', (request) => void requests.push(request.url()));
  const extensionOrigin = `moz-extension://${FIXED_UUID}`;
  const name = 'firefox' as const;
  return {
    name,
    extensionOrigin,
    requests,
    async open(url) {
      const page = await browser.newPage();
      track(page);
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, name);
    },
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      track(page);
      await page.setViewport({ width: 420, height: 700 });
      // Firefox sends no load event for moz-extension pages over BiDi: don't await the navigation.
      page.goto(`${extensionOrigin}/${path}`).catch(() => undefined);
      await until(
        () => page.evaluate((selector) => document.querySelector(selector) !== null, readySelector).catch(() => false),
        15_000,
        `${readySelector} in ${path}`,
      );
      await sleep(50);
      return wrap(page, name);
    },
    async close() {
      await browser.close();
      removeCopies();
    },
  };
}
