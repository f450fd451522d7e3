import { expect, test } from 'vitest';
import { TabOrigins } from '../../src/background/url-changes';

test('a URL change within one origin may have kept the document (pushState, a fragment): the re-check is needed', () => {
  const tabs = new TabOrigins();
  tabs.created(1, 'about:blank');
  expect(tabs.mayKeepDocument(1, 'https://news.example/world')).toBe(false);
  expect(tabs.mayKeepDocument(1, 'https://news.example/world/story-2?page=2')).toBe(true);
  expect(tabs.mayKeepDocument(1, 'https://news.example/world/story-2?page=2#comments')).toBe(true);
});

test('a new tab, or a move to another origin, is a new document: no re-check', () => {
  const tabs = new TabOrigins();
  tabs.created(1, '');
  tabs.created(2, 'chrome://newtab/');
  tabs.created(3, undefined);
  expect(tabs.mayKeepDocument(1, 'https://news.example/a')).toBe(false);
  expect(tabs.mayKeepDocument(2, 'https://news.example/a')).toBe(false);
  expect(tabs.mayKeepDocument(3, 'http://127.0.0.1:8080/a')).toBe(false);
  expect(tabs.mayKeepDocument(1, 'https://other.example/a')).toBe(false);
  // Another port or scheme is another origin too.
  expect(tabs.mayKeepDocument(3, 'http://127.0.0.1:8081/a')).toBe(false);
  expect(tabs.mayKeepDocument(1, 'http://other.example/a')).toBe(false);
});

test('a tab the background has not seen (it restarted since) may have kept its document; a closed tab is forgotten', () => {
  const tabs = new TabOrigins();
  expect(tabs.mayKeepDocument(5, 'https://news.example/a')).toBe(true);
  tabs.created(6, 'about:blank');
  tabs.forget(6);
  expect(tabs.mayKeepDocument(6, 'https://news.example/a')).toBe(true);
  expect(tabs.mayKeepDocument(7, 'not a url')).toBe(true);
  expect(tabs.mayKeepDocument(7, 'https://news.example/a')).toBe(false);
});
