// User settings, kept in storage.sync under one key so that a change arrives
// as one storage.onChanged event. Read through parseSettings: whatever is
// stored (another version, a hand edit, corruption) becomes valid settings.
//
// This module is imported by content-check.js (parsed on every page), so it
// uses the browser's own promise-based API (`browser` in Firefox, `chrome` in
// Chromium MV3) instead of webextension-polyfill, which would add ~10 KB there.

export interface Settings {
  /** The global switch. */
  enabled: boolean;
  /** Site keys (see siteKey) where Sada is switched off. */
  disabledSites: string[];
  /** Remember the statements of pages the reader reads (the memory); absent means on. */
  remember?: boolean;
}

/** The storage.sync key that holds the settings object. */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ enabled: true, disabledSites: [] as string[] });

const MAX_SITES = 2000;
const MAX_HOST_LENGTH = 253;

/** The key a hostname is switched by: lower case, without a leading "www.", so www.x.com and x.com go together. */
export function siteKey(hostname: string): string {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** Settings from anything stored; wrong or missing fields take their defaults. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  const record = raw as Record<string, unknown>;
  const enabled = typeof record.enabled === 'boolean' ? record.enabled : DEFAULT_SETTINGS.enabled;
  // Kept only when the reader chose: absent means on.
  const remember = typeof record.remember === 'boolean' ? { remember: record.remember } : {};
  const sites = new Set<string>();
  if (Array.isArray(record.disabledSites)) {
    for (const site of record.disabledSites) {
      if (typeof site !== 'string' || site.length === 0 || site.length > MAX_HOST_LENGTH) continue;
      const key = siteKey(site);
      if (key && sites.size < MAX_SITES) sites.add(key);
    }
  }
  return { enabled, disabledSites: [...sites], ...remember };
}

/** Whether Sada may annotate pages of this hostname. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

/** Settings with this hostname's site switched (off ↔ on). Pure. */
export function toggleSite(settings: Settings, hostname: string): Settings {
  return setSiteEnabled(settings, hostname, settings.disabledSites.includes(siteKey(hostname)));
}

/** Settings with this hostname's site switched on or off. Pure. */
export function setSiteEnabled(settings: Settings, hostname: string, on: boolean): Settings {
  const key = siteKey(hostname);
  const others = settings.disabledSites.filter((site) => site !== key);
  return { ...settings, disabledSites: on || !key ? others : [...others, key] };
}

// --- storage -----------------------------------------------------------------

interface StorageChange {
  newValue?: unknown;
  oldValue?: unknown;
}

/** The little of the extension API these functions use (same shape in Chromium MV3 and Firefox). */
interface StorageApi {
  storage: {
    sync: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(cb: (changes: Record<string, StorageChange>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, StorageChange>, area: string) => void): void;
    };
  };
}

function storageApi(): StorageApi {
  const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
  const api = scope.browser?.storage ? scope.browser : scope.chrome;
  if (!api?.storage) throw new Error('Sada: extension storage API unavailable');
  return api;
}

/** The stored settings, or the defaults when there are none or they cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    const items = await storageApi().storage.sync.get(SETTINGS_KEY);
    return parseSettings(items?.[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await storageApi().storage.sync.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/** Calls `callback` with the new settings whenever they change; returns a function that stops listening. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
    callback(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  const api = storageApi();
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
