import { expect, test } from 'vitest';
import { badgeLook } from '../../src/background/badge-look';
import type { PageReport } from '../../src/shared/messages';

const on = { enabled: true, disabledSites: [] };
const annotated = (quotes: number): PageReport => ({
  state: 'annotated',
  url: 'https://news.example/a',
  language: 'ar',
  conflicts: [{ id: 'gaza', score: 0.9 }],
  actors: [],
  quotes: Array.from({ length: quotes }, (_, index) => ({ index, kind: 'direct' as const, text: 'x', speaker: null })),
});

test('annotated pages show their number of quotes', () => {
  expect(badgeLook(on, 'https://news.example/a', annotated(4))).toEqual({ kind: 'count', count: 4 });
  expect(badgeLook(on, 'https://news.example/a', annotated(0))).toEqual({ kind: 'count', count: 0 });
});

test('a switched-off site or Sada switched off everywhere shows the off look, report or not', () => {
  expect(badgeLook({ enabled: true, disabledSites: ['news.example'] }, 'https://www.news.example/a', annotated(4))).toEqual({ kind: 'off' });
  expect(badgeLook({ enabled: false, disabledSites: [] }, 'https://news.example/a', null)).toEqual({ kind: 'off' });
});

test('pages left alone and non-web pages show nothing', () => {
  const leftAlone: PageReport = { ...annotated(0), state: 'not-arabic' };
  expect(badgeLook(on, 'https://news.example/a', leftAlone)).toEqual({ kind: 'none' });
  expect(badgeLook(on, 'https://news.example/a', null)).toEqual({ kind: 'none' });
  expect(badgeLook({ enabled: false, disabledSites: [] }, 'chrome://newtab/', null)).toEqual({ kind: 'none' });
});
