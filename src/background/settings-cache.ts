// The settings as the background last read them. A page that the first stage
// found written in the Arabic script waits for the background's answer
// "is this site switched on?" (and the analyzer's warm-up waits behind that
// answer): read from storage once per background life, it comes at once for
// every page after the first. Any change to the stored settings (storage.sync)
// makes the next answer read them again.
import type { Settings } from '../shared/settings';

export interface SettingsCache {
  /** The settings: read once, then kept until `forget`. */
  get(): Promise<Settings>;
  /** The stored settings changed: the next `get` reads them again. */
  forget(): void;
}

/** `load` never rejects (shared/settings.ts loadSettings: defaults when storage fails). */
export function createSettingsCache(load: () => Promise<Settings>): SettingsCache {
  let cached: Promise<Settings> | null = null;
  return {
    get: () => (cached ??= load()),
    forget: () => {
      cached = null;
    },
  };
}
