// The manifest's content security policy and permissions, pinned. A change to
// any of them must be deliberate: change manifest.json, this pin and the
// README's "Permissions, and why" table in the same commit, and say why.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const manifest = readJson(join(root, 'manifest.json'));

const PINNED = {
  permissions: ['storage', 'unlimitedStorage', 'scripting'],
  host_permissions: ['http://*/*', 'https://*/*'],
  content_security_policy: {
    extension_pages:
      "script-src 'self'; object-src 'self'; connect-src 'self'; img-src 'self' data:; media-src 'none'; frame-src 'none'; font-src 'self'; form-action 'none'; base-uri 'none'",
  },
};

/** Keys that would widen what the extension may do or who may talk to it: none of them is used. */
const ABSENT = ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'sandbox', 'update_url', 'key'];

const pinnedPart = (m: Record<string, unknown>) => ({
  permissions: m.permissions,
  host_permissions: m.host_permissions,
  content_security_policy: m.content_security_policy,
});

describe('manifest.json pins', () => {
  it('the CSP, the permissions and the host permissions are the pinned ones', () => {
    expect(pinnedPart(manifest)).toEqual(PINNED);
  });

  it('nothing widens them elsewhere in the manifest', () => {
    for (const key of ABSENT) expect(manifest, key).not.toHaveProperty(key);
    // Content scripts reach no more sites than the host permissions grant.
    for (const script of manifest.content_scripts as Array<{ matches: string[] }>) {
      for (const match of script.matches) expect(PINNED.host_permissions).toContain(match);
    }
  });

  it("the extension pages' CSP allows no remote code and no request out", () => {
    const csp = PINNED.content_security_policy.extension_pages;
    for (const directive of csp.split(';').map((d) => d.trim())) {
      expect(directive, directive).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'|wasm-unsafe-eval/);
    }
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'/);
  });

  it("every permission is explained in the README's permission table", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Permissions, and why'));
    for (const permission of PINNED.permissions) expect(table, permission).toContain(`\`${permission}\``);
    expect(table).toContain('`host_permissions`');
  });

  const built = (['chromium', 'firefox'] as const).filter((t) => existsSync(join(root, 'dist', t, 'manifest.json')));
  it.skipIf(built.length === 0)('the built manifests carry the same pins (after npm run build)', () => {
    for (const target of built) expect(pinnedPart(readJson(join(root, 'dist', target, 'manifest.json'))), target).toEqual(PINNED);
  });
});
