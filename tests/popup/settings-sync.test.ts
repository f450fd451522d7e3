// The switched-off sites in storage.sync: a list of 2,000 sites is split so
// that no item passes the browser's per-item limit (8,192 bytes), and read back whole.
import { describe, expect, it } from 'vitest';
import { ITEM_BYTES, parseSettings, settingsFromItems, settingsItems, SETTINGS_KEY } from '../../src/shared/settings';

const sites = (n: number) => Array.from({ length: n }, (_, i) => `news-site-number-${i}.example.com`);
const bytes = (key: string, value: unknown) => key.length + new TextEncoder().encode(JSON.stringify(value)).length;

describe('settings in storage.sync items', () => {
  it('keeps a short list in the one settings item, as before', () => {
    const items = settingsItems({ enabled: true, disabledSites: ['a.example', 'b.example'] });
    expect(items).toEqual({ [SETTINGS_KEY]: { enabled: true, disabledSites: ['a.example', 'b.example'] } });
    expect(settingsFromItems(items)).toEqual(parseSettings(items[SETTINGS_KEY]));
  });

  it('splits 2,000 sites into items under the per-item limit and reads them back in order', () => {
    const settings = { enabled: false, disabledSites: sites(2000), remember: false };
    const items = settingsItems(settings);
    expect(Object.keys(items).length).toBeGreaterThan(5);
    for (const [key, value] of Object.entries(items)) expect(bytes(key, value)).toBeLessThanOrEqual(ITEM_BYTES);
    expect(settingsFromItems(items)).toEqual(settings);
    // A missing part loses its sites only, never the rest.
    const { ['sites:2']: _lost, ...damaged } = items;
    const read = settingsFromItems(damaged);
    expect(read.enabled).toBe(false);
    expect(read.disabledSites.length).toBeLessThan(2000);
    expect(read.disabledSites).toContain('news-site-number-0.example.com');
  });
});
