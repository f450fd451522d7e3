// One interface over the two automation libraries (playwright-core for
// Chromium, puppeteer-core for Firefox over WebDriver BiDi), so the same
// scenarios run in both browsers.
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const distDir = (target: 'chromium' | 'firefox') => join(root, 'dist', target);
/**
 * Fails at once, before any copy or profile is made, when no browser is at `path`;
 * the message names the fix (scripts/prereqs.mjs checks the same before a run).
 */
export function requireBrowser(path: string, name: string, envName: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`no ${name} at ${path}: run "npm run setup" (installs it with apt) or set ${envName}=/path/to/${name}`);
  }
}

/**
 * A private copy of dist/<target> for one browser run: other engineers may
 * rebuild dist while a run is in progress, and a half-written extension
 * directory makes pages fail to load.
 */
export function snapshotExtension(target: 'chromium' | 'firefox'): string {
  const dir = join(mkdtempSync(join(tmpdir(), `sada-ext-${target}-`)), target);
  cpSync(distDir(target), dir, { recursive: true });
  return dir;
}

/** Deletes a copy made by snapshotExtension (with its temporary parent directory). */
export function removeSnapshot(dir: string): void {
  rmSync(dirname(dir), { recursive: true, force: true });
}

export const resultsDir = join(root, 'test-results');
mkdirSync(resultsDir, { recursive: true });

/** A tab. `evaluate` takes a self-contained function (it is serialised into the page). */
export interface TestPage {
  readonly url: string;
  /** Navigates this tab and waits for the load event. */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves once `fn` returns a truthy value in the page; rejects after `timeout` ms. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Moves the (trusted) mouse pointer to a viewport point. */
  mouseMove(x: number, y: number): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** A key or a chord such as 'Alt+Shift+ArrowDown'. */
  press(key: string): Promise<void>;
  screenshot(name: string, fullPage?: boolean): Promise<string>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Origin of extension pages, e.g. chrome-extension://ID */
  readonly extensionOrigin: string;
  /** Opens a web page in a new tab and waits for its load event. */
  open(url: string): Promise<TestPage>;
  /** Opens an extension page (popup.html…) in a new tab; resolves once `readySelector` is there. */
  openExtensionPage(path: string, readySelector: string): Promise<TestPage>;
  /** Stops the extension's service worker, as the browser does when it idles (Chromium only). */
  stopServiceWorker?(): Promise<void>;
  /** Every request URL any page of the browser made (web pages and extension pages). */
  readonly requests: string[];
  close(): Promise<void>;
}

export function screenshotPath(browser: string, name: string): string {
  return join(resultsDir, `${browser}-${name}.png`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` (in node) until it returns a truthy value. */
export async function until<T>(check: () => Promise<T>, timeout = 15_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(100);
  }
}
