// A browser that fails to start leaves nothing in the temp folder: no copy of
// the extension, no profile (ours or the automation library's).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

describe('a failed browser launch cleans up after itself', () => {
  let scratch: string;
  let previousTmp: string | undefined;

  beforeEach(() => {
    // A folder of this test's own: other test files share the run's temp folder.
    scratch = mkdtempSync(join(tmpdir(), 'launch-'));
    previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
  });
  const previousPaths = { chromium: process.env.SADA_CHROMIUM, firefox: process.env.SADA_FIREFOX };

  afterEach(() => {
    restore('TMPDIR', previousTmp);
    rmSync(scratch, { recursive: true, force: true });
    restore('SADA_CHROMIUM', previousPaths.chromium);
    restore('SADA_FIREFOX', previousPaths.firefox);
  });

  // Nothing there, and a program that exits at once (/bin/false) instead of a browser.
  const brokenBrowsers = () => [join(scratch, 'no-browser'), '/bin/false'];

  it('Chromium', async () => {
    for (const path of brokenBrowsers()) {
      process.env.SADA_CHROMIUM = path;
      vi.resetModules();
      const { launchChromium } = await import('./support/chromium');
      await expect(launchChromium()).rejects.toThrow();
      expect(readdirSync(scratch)).toEqual([]);
    }
  });

  it('Firefox', async () => {
    for (const path of brokenBrowsers()) {
      process.env.SADA_FIREFOX = path;
      vi.resetModules();
      const { launchFirefox } = await import('./support/firefox');
      await expect(launchFirefox()).rejects.toThrow();
      expect(readdirSync(scratch)).toEqual([]);
    }
  });

  it('names the fix when the browser is missing', async () => {
    process.env.SADA_FIREFOX = join(scratch, 'no-browser');
    vi.resetModules();
    const { launchFirefox } = await import('./support/firefox');
    await expect(launchFirefox()).rejects.toThrow(/npm run setup.*SADA_FIREFOX/);
  });
});
