import { describe, expect, test } from 'vitest';
import type { PageReport } from '../../src/shared/messages';
import { pageStatus, STATUS_MESSAGE } from '../../src/popup/status';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';

const on = { enabled: true, disabledSites: [] };
const report = (state: PageReport['state']): PageReport => ({ state, url: 'https://news.example/a', language: 'ar', conflicts: [], actors: [], quotes: [] });

describe('what the popup says about a page', () => {
  test('pages that are not web pages are left alone whatever the switches say', () => {
    for (const url of [undefined, 'chrome://newtab/', 'about:blank', 'moz-extension://x/popup.html', 'file:///tmp/a.html']) {
      expect(pageStatus(url, on, null)).toBe('not-web-page');
    }
  });

  test('switches come before the report: global off, then site off (www. and case folded)', () => {
    expect(pageStatus('https://news.example/a', { enabled: false, disabledSites: [] }, report('annotated'))).toBe('off-global');
    expect(pageStatus('https://WWW.News.Example/a', { enabled: true, disabledSites: ['news.example'] }, report('annotated'))).toBe('off-site');
    expect(pageStatus('https://other.example/a', { enabled: true, disabledSites: ['news.example'] }, report('annotated'))).toBe('annotated');
  });

  test('the report says why a page was left alone; no report means the cheap check let it go', () => {
    expect(pageStatus('https://news.example/a', on, report('not-arabic'))).toBe('not-arabic');
    expect(pageStatus('https://news.example/a', on, report('not-conflict'))).toBe('not-conflict');
    expect(pageStatus('https://news.example/a', on, report('error'))).toBe('error');
    expect(pageStatus('https://news.example/a', on, null)).toBe('unknown');
  });

  test('a page still reporting "off" after the switches went on is on its way back', () => {
    expect(pageStatus('https://news.example/a', on, report('off'))).toBe('pending');
    expect(pageStatus('https://news.example/a', on, report('pending'))).toBe('pending');
  });

  test('every status has a message in English and Arabic', () => {
    for (const key of Object.values(STATUS_MESSAGE)) {
      expect(en).toHaveProperty(key);
      expect(ar).toHaveProperty(key);
    }
  });

  test('both translations have the same keys and placeholders', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en) as Array<[string, { placeholders?: object }]>) {
      expect(Object.keys((ar as Record<string, { placeholders?: object }>)[key]!.placeholders ?? {})).toEqual(Object.keys(value.placeholders ?? {}));
    }
  });
});
