import { expect, test, vi } from 'vitest';
import { createSettingsCache } from '../../src/background/settings-cache';
import type { Settings } from '../../src/shared/settings';

test('reads the stored settings once, then answers from memory until they change', async () => {
  let stored: Settings = { enabled: true, disabledSites: ['example.org'] };
  const load = vi.fn(async () => structuredClone(stored));
  const cache = createSettingsCache(load);
  expect(load).not.toHaveBeenCalled();
  const [first, second] = await Promise.all([cache.get(), cache.get()]);
  expect(first).toEqual(stored);
  expect(second).toBe(first);
  expect(await cache.get()).toBe(first);
  expect(load).toHaveBeenCalledTimes(1);
  // The reader switches a site back on: the next answer is read again and says so.
  stored = { enabled: true, disabledSites: [] };
  cache.forget();
  expect(await cache.get()).toEqual({ enabled: true, disabledSites: [] });
  expect(load).toHaveBeenCalledTimes(2);
});

test('a change while a read is in flight is not lost: the read after it sees the change', async () => {
  let stored: Settings = { enabled: true, disabledSites: [] };
  const pending: Array<() => void> = [];
  const load = vi.fn(() => {
    const snapshot = structuredClone(stored);
    return new Promise<Settings>((resolve) => void pending.push(() => resolve(snapshot)));
  });
  const cache = createSettingsCache(load);
  const early = cache.get();
  stored = { enabled: false, disabledSites: [] };
  cache.forget();
  const late = cache.get();
  for (const release of pending) release();
  expect((await early).enabled).toBe(true);
  expect((await late).enabled).toBe(false);
});
