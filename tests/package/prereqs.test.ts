// `npm test` starts with scripts/prereqs.mjs: whatever is missing is named in
// one line with the command that fixes it, in well under a second.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'sada-prereqs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the checker of `project` with the given checks and extra environment. */
function check(project: string, checks: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(project, 'scripts/prereqs.mjs'), ...checks], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 10_000,
  });
  return { code: r.status, lines: r.stderr.trim().split('\n').filter(Boolean) };
}

/** A bare clone of the project: only the checker, nothing beside it (no ../shared, no node_modules, no dist). */
function bareClone(): string {
  const project = join(mkdtempSync(join(work, 'clone-')), 'sada');
  mkdirSync(join(project, 'scripts'), { recursive: true });
  copyFileSync(join(root, 'scripts/prereqs.mjs'), join(project, 'scripts/prereqs.mjs'));
  return project;
}

describe('prerequisites', () => {
  it('pass on this machine (the test run itself needs them)', () => {
    expect(check(root, ['node', 'modules', 'shared'])).toEqual({ code: 0, lines: [] });
  });

  it('a missing browser: one line naming it, the setup command and the override', () => {
    const r = check(root, ['browsers'], { SADA_FIREFOX: join(work, 'no-firefox') });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/firefox-esr/);
    expect(r.lines[0]).toMatch(/npm run setup/);
    expect(r.lines[0]).toMatch(/apt-get update/);
    expect(r.lines[0]).toMatch(/SADA_FIREFOX=/);
    expect(r.lines[0]).not.toMatch(/chromium \(/);
  });

  it('both browsers missing: still one line, naming both', () => {
    const r = check(root, ['browsers'], { SADA_FIREFOX: '/nonexistent/firefox', SADA_CHROMIUM: '/nonexistent/chromium' });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/chromium .*firefox-esr/);
  });

  it('a clone without ../shared, node_modules or a build: one line each, with the fix', () => {
    const project = bareClone();
    const shared = check(project, ['shared']);
    expect(shared.code).toBe(1);
    expect(shared.lines).toHaveLength(1);
    expect(shared.lines[0]).toMatch(/shared.* is missing: .*dev gold set, scorer/);
    const modules = check(project, ['modules']);
    expect(modules.lines).toEqual(['sada: the npm packages are not installed (node_modules is missing): run "npm ci"']);
    const built = check(project, ['built']);
    expect(built.lines[0]).toMatch(/npm run build/);
  });

  it('an unknown check is a mistake in a script, said as such', () => {
    const r = check(root, ['browsrs']);
    expect(r.code).not.toBe(0);
    expect(r.lines.join('\n')).toMatch(/unknown check "browsrs"/);
  });
});
