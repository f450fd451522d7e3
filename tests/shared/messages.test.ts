import { expect, test } from 'vitest';
import { parseMessage } from '../../src/shared/messages';

test('tab ids as Chromium hands them out (near 2^31) pass; negative, fractional or unsafe ones do not', () => {
  for (const type of ['sada:get-report', 'sada:report-updated']) {
    expect(parseMessage({ type, tabId: 1_767_284_974 })).toEqual({ type, tabId: 1_767_284_974 });
    expect(parseMessage({ type, tabId: 0 })).toEqual({ type, tabId: 0 });
    for (const tabId of [-1, 1.5, '3', null, Number.MAX_SAFE_INTEGER + 2, Number.NaN]) expect(parseMessage({ type, tabId })).toBeNull();
  }
});

test('reveal takes an actor or quote index; anything else is dropped', () => {
  expect(parseMessage({ type: 'sada:reveal', kind: 'quote', index: 3 })).toEqual({ type: 'sada:reveal', kind: 'quote', index: 3 });
  expect(parseMessage({ type: 'sada:reveal', kind: 'page', index: 3 })).toBeNull();
  expect(parseMessage({ type: 'sada:reveal', kind: 'actor', index: -3 })).toBeNull();
});

test('a page report must be well formed in every field', () => {
  const report = {
    state: 'annotated',
    url: 'https://news.example/a',
    language: 'ar',
    conflicts: [{ id: 'yemen', score: 0.8 }],
    actors: [{ index: 0, id: 'houthis', type: 'group', name: { ar: 'الحوثيون', en: 'Houthis' }, about: null, count: 3 }],
    quotes: [{ index: 0, kind: 'direct', text: 'نص', speaker: { id: null, name: 'مسؤول' } }],
  };
  expect(parseMessage({ type: 'sada:page-report', report })).toEqual({ type: 'sada:page-report', report });
  expect(parseMessage({ type: 'sada:page-report', report: { ...report, state: 'great' } })).toBeNull();
  expect(parseMessage({ type: 'sada:page-report', report: { ...report, actors: [{ ...report.actors[0], type: 'place' }] } })).toBeNull();
  expect(parseMessage({ type: 'sada:page-report', report: { ...report, conflicts: [{ id: 'yemen', score: Number.POSITIVE_INFINITY }] } })).toBeNull();
  expect(parseMessage({ type: 'sada:page-report', report: { ...report, quotes: [{ ...report.quotes[0], text: 'x'.repeat(3000) }] } })).toBeNull();
  expect(parseMessage('sada:check-passed')).toBeNull();
  expect(parseMessage({ type: 'sada:unknown' })).toBeNull();
});
