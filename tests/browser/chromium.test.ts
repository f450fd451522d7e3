// Sada in Chromium (dist/chromium). Run `node build.mjs` first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium';
import type { ExtensionBrowser } from './support/driver';
import { defineExtensionSuite } from './support/suite';

defineExtensionSuite('chromium', () => launchChromium());

describe('chromium in Arabic: the popup is right-to-left with Arabic strings', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchChromium({ locale: 'ar' });
  });
  afterAll(async () => ext?.close());

  test('popup renders RTL in Arabic', async () => {
    const popup = await ext.openExtensionPage('popup.html', '[data-ready]');
    const page = await popup.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      title: document.querySelector('h1')?.textContent,
    }));
    expect(page).toEqual({ dir: 'rtl', lang: 'ar', title: 'صدى' });
    await popup.screenshot('popup-arabic-empty', true);
  });
});
