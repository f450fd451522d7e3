// Keeps the analyzer warm while the reader reads Arabic pages. Chromium stops
// an extension's service worker after 30 s without an event or an extension
// API call, and the next article then waits for its cold start (the bundle
// parsed, the gazetteer index built: 150–400 ms) — which is what a reader
// meets most, since reading one article takes longer than 30 s. So for a
// while after each Arabic-script page the background touches a cheap API
// every PING_MS; after WINDOW_MS without one it stops and may be stopped.
// Nothing of this runs on a page: pages Sada leaves alone never extend it.

/** How long after the last Arabic-script page the background stays warm. */
export const WINDOW_MS = 15 * 60_000;
/** Under Chromium's 30 s idle limit, with room for a late timer. */
export const PING_MS = 20_000;

export interface KeepWarm {
  /** An Arabic-script page arrived: stay warm until WINDOW_MS from now. */
  extend(): void;
  /** Whether the pings are running. */
  readonly active: boolean;
}

/** `touch` is a cheap extension API call (each one resets the idle timer). */
export function createKeepWarm(touch: () => void, now: () => number = Date.now, windowMs = WINDOW_MS, pingMs = PING_MS): KeepWarm {
  let until = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const ping = () => {
    if (now() >= until) {
      clearInterval(timer);
      timer = undefined;
      return;
    }
    touch();
  };
  return {
    extend() {
      until = now() + windowMs;
      timer ??= setInterval(ping, pingMs);
    },
    get active() {
      return timer !== undefined;
    },
  };
}
