// Vitest's global set-up, shared by the unit and the browser configuration:
//  1. the prerequisites (scripts/prereqs.mjs): a missing ../shared or browser
//     ends the run at once with the checker's one line, not with stack traces;
//  2. one temporary folder for the whole run: TMPDIR points into it, so every
//     copy of the extension, browser profile and library scratch file the tests
//     (and the browsers they start) make lands there, and it is removed at the
//     end, whatever a test left behind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

export function checkPrerequisites(checks: string[]): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts/prereqs.mjs'), ...checks], { encoding: 'utf8' });
  if (r.status === 0) return;
  process.stderr.write(r.stderr || `sada: prerequisite check failed (${checks.join(', ')})\n`);
  process.exit(1);
}

/** Points TMPDIR at a fresh folder for this run; the returned teardown removes it. */
export function privateTempDir(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'sada-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}

export default function setup(): () => void {
  checkPrerequisites(['shared']);
  return privateTempDir();
}
