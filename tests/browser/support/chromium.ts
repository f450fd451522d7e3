// Chromium (Debian's /usr/bin/chromium) with dist/chromium loaded unpacked,
// through playwright-core. Headless works with Playwright's default headless
// mode (the new headless, which supports extensions).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { removeSnapshot, requireBrowser, snapshotExtension, screenshotPath, type ExtensionBrowser, type TestPage } from './driver';

export const CHROMIUM_PATH = process.env.SADA_CHROMIUM ?? '/usr/bin/chromium';

function wrap(page: Page, browserName: string): TestPage {
  return {
    get url() {
      return page.url();
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    waitFor: async (fn, arg, timeout = 15_000) => {
      await page.waitForFunction(fn as never, arg as never, { timeout, polling: 100 });
    },
    hover: (selector) => page.hover(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (selector) => page.click(selector),
    focus: (selector) => page.focus(selector),
    press: (key) => page.keyboard.press(key),
    screenshot: async (name, fullPage = false) => {
      const path = screenshotPath(browserName, name);
      await page.screenshot({ path, fullPage });
      return path;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** The flags every test launch of Chromium with the extension uses (offline, no first-run noise). */
export function extensionArgs(extension: string, locale: string): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    `--lang=${locale}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Newer Chromium builds ignore --load-extension unless this is off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ];
}

export async function launchChromium(options: { locale?: string } = {}): Promise<ExtensionBrowser> {
  requireBrowser(CHROMIUM_PATH, 'chromium', 'SADA_CHROMIUM');
  const extension = snapshotExtension('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'sada-chromium-'));
  const removeCopies = () => {
    rmSync(profile, { recursive: true, force: true });
    removeSnapshot(extension);
  };
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    args: extensionArgs(extension, options.locale ?? 'en-US'),
  }).catch((err: unknown) => {
    // A failed launch (no browser at CHROMIUM_PATH…) leaves no profile or copy behind.
    removeCopies();
    throw err;
  });
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  // URL.origin is "null" for non-special schemes such as chrome-extension:.
  const workerUrl = new URL(worker.url());
  const extensionOrigin = `${workerUrl.protocol}//${workerUrl.host}`;
  const name = 'chromium' as const;
  return {
    name,
    extensionOrigin,
    requests,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, name);
    },
    async openExtensionPage(path, readySelector) {
      const page = await context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      await page.waitForSelector(readySelector, { timeout: 15_000 });
      return wrap(page, name);
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      // Proof that it stopped: the old worker no longer runs code.
      const answered = await Promise.race([
        worker.evaluate(() => true).catch(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_500)),
      ]);
      if (answered) throw new Error('the service worker is still running');
    },
    async close() {
      await context.close();
      removeCopies();
    },
  };
}
