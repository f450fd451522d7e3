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
      get(key: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove?(keys: string[]): Promise<void>;
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

/**
 * storage.sync takes at most 8,192 bytes per item: a long list of switched-off
 * sites goes partly into `sites:1`, `sites:2`… (SETTINGS_KEY says how many), so
 * that the switch keeps working up to MAX_SITES.
 */
export const ITEM_BYTES = 7_000;
const siteKeyOf = (n: number) => `sites:${n}`;
const byteLength = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** The settings as stored items: SETTINGS_KEY with the first sites, the rest in sites:N items. Pure. */
export function settingsItems(settings: Settings): Record<string, unknown> {
  const clean = parseSettings(settings);
  const parts: string[][] = [[]];
  let size = byteLength({ ...clean, disabledSites: [], moreSites: 99 }) + SETTINGS_KEY.length;
  for (const site of clean.disabledSites) {
    const cost = byteLength(site) + 1;
    if (size + cost > ITEM_BYTES) {
      parts.push([]);
      size = byteLength([]) + siteKeyOf(parts.length - 1).length;
    }
    parts[parts.length - 1]!.push(site);
    size += cost;
  }
  const items: Record<string, unknown> = { [SETTINGS_KEY]: { ...clean, disabledSites: parts[0], ...(parts.length > 1 ? { moreSites: parts.length - 1 } : {}) } };
  for (let n = 1; n < parts.length; n++) items[siteKeyOf(n)] = parts[n];
  return items;
}

/** Settings from stored items (the inverse of settingsItems; anything malformed takes its default). */
export function settingsFromItems(items: Record<string, unknown> | undefined): Settings {
  const main = items?.[SETTINGS_KEY] as Record<string, unknown> | undefined;
  const more = Number.isInteger(main?.moreSites) ? Math.min(Number(main!.moreSites), 100) : 0;
  if (!main || more <= 0) return parseSettings(main);
  const sites = Array.isArray(main.disabledSites) ? [...main.disabledSites] : [];
  for (let n = 1; n <= more; n++) {
    const part = items?.[siteKeyOf(n)];
    if (Array.isArray(part)) sites.push(...part);
  }
  return parseSettings({ ...main, disabledSites: sites });
}

/** The stored settings, or the defaults when there are none or they cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    const sync = storageApi().storage.sync;
    const items = await sync.get(SETTINGS_KEY);
    const more = (items?.[SETTINGS_KEY] as { moreSites?: unknown } | undefined)?.moreSites;
    if (!Number.isInteger(more) || (more as number) <= 0) return settingsFromItems(items);
    const keys = Array.from({ length: Math.min(more as number, 100) }, (_, i) => siteKeyOf(i + 1));
    return settingsFromItems({ ...items, ...(await sync.get([SETTINGS_KEY, ...keys])) });
  } catch {
    return parseSettings(undefined);
  }
}

/** Saves the settings; rejects with the browser's reason when storage.sync refuses (the caller says so). */
export async function saveSettings(settings: Settings): Promise<void> {
  const sync = storageApi().storage.sync;
  const items = settingsItems(settings);
  const stored: Record<string, unknown> = await sync.get(SETTINGS_KEY).catch(() => ({}));
  const before = stored?.[SETTINGS_KEY] as { moreSites?: unknown } | undefined;
  await sync.set(items);
  // Parts no longer used (the list got shorter).
  const used = Object.keys(items).length - 1;
  const had = Number.isInteger(before?.moreSites) ? Math.min(before!.moreSites as number, 100) : 0;
  if (had > used) await sync.remove?.(Array.from({ length: had - used }, (_, i) => siteKeyOf(used + 1 + i)));
}

/** Calls `callback` with the new settings whenever they change; returns a function that stops listening. */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
    const next = changes[SETTINGS_KEY].newValue as { moreSites?: unknown } | undefined;
    // A long list comes in parts: read them all.
    if (Number.isInteger(next?.moreSites) && (next!.moreSites as number) > 0) void loadSettings().then(callback);
    else callback(parseSettings(next));
  };
  const api = storageApi();
  api.storage.onChanged.addListener(listener);
  return () => api.storage.onChanged.removeListener(listener);
}
