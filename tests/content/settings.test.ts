import { describe, expect, it } from 'vitest';
import { isSiteEnabled, parseSettings, setSiteEnabled, siteKey, toggleSite } from '../../src/shared/settings';

describe('settings', () => {
  it('treats missing or corrupt values as the defaults, field by field', () => {
    const defaults = { enabled: true, disabledSites: [] };
    for (const raw of [undefined, null, 42, 'on', [], [true]]) expect(parseSettings(raw)).toEqual(defaults);
    expect(parseSettings({ enabled: 'no', disabledSites: 'a.com' })).toEqual(defaults);
    expect(parseSettings({ enabled: false })).toEqual({ enabled: false, disabledSites: [] });
    expect(parseSettings({ enabled: true, disabledSites: ['A.com', 7, null, '', 'www.a.com', 'b.org', 'x'.repeat(300)] })).toEqual({
      enabled: true,
      disabledSites: ['a.com', 'b.org'],
    });
  });

  it('switches sites by hostname, www. and case aside', () => {
    expect(siteKey('WWW.Aljazeera.net')).toBe('aljazeera.net');
    let s = parseSettings(undefined);
    s = toggleSite(s, 'www.aljazeera.net');
    expect(isSiteEnabled(s, 'aljazeera.net')).toBe(false);
    expect(isSiteEnabled(s, 'www.aljazeera.net')).toBe(false);
    expect(isSiteEnabled(s, 'news.aljazeera.net')).toBe(true);
    s = toggleSite(s, 'aljazeera.net');
    expect(isSiteEnabled(s, 'aljazeera.net')).toBe(true);
    expect(setSiteEnabled(setSiteEnabled(s, 'a.com', false), 'a.com', false).disabledSites).toEqual(['a.com']);
    expect(isSiteEnabled({ enabled: false, disabledSites: [] }, 'a.com')).toBe(false);
  });
});
