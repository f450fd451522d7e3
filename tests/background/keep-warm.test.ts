import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createKeepWarm, PING_MS, WINDOW_MS } from '../../src/background/keep-warm';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('does nothing until an Arabic-script page arrives', () => {
  const touch = vi.fn();
  const warm = createKeepWarm(touch);
  vi.advanceTimersByTime(10 * PING_MS);
  expect(touch).not.toHaveBeenCalled();
  expect(warm.active).toBe(false);
});

test('touches the runtime more often than every 30 s, then stops once the window has passed', () => {
  expect(PING_MS).toBeLessThan(30_000);
  const touch = vi.fn();
  const warm = createKeepWarm(touch);
  warm.extend();
  vi.advanceTimersByTime(PING_MS * 3);
  expect(touch).toHaveBeenCalledTimes(3);
  vi.advanceTimersByTime(WINDOW_MS);
  const calls = touch.mock.calls.length;
  expect(calls).toBeLessThanOrEqual(Math.ceil(WINDOW_MS / PING_MS));
  expect(warm.active).toBe(false);
  vi.advanceTimersByTime(10 * PING_MS);
  expect(touch).toHaveBeenCalledTimes(calls);
});

test('each new page extends the window from its own arrival, with one timer', () => {
  const touch = vi.fn();
  const warm = createKeepWarm(touch);
  warm.extend();
  vi.advanceTimersByTime(WINDOW_MS - PING_MS);
  warm.extend();
  warm.extend();
  vi.advanceTimersByTime(WINDOW_MS - PING_MS);
  expect(warm.active).toBe(true);
  // One ping per interval, not one per extend().
  expect(touch).toHaveBeenCalledTimes(Math.floor((2 * WINDOW_MS - 2 * PING_MS) / PING_MS));
  vi.advanceTimersByTime(2 * PING_MS);
  expect(warm.active).toBe(false);
});
