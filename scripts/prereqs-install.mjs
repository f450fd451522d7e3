// The system part of `npm run setup`: Debian's Chromium, Firefox ESR and a font
// with Arabic glyphs, through apt (as root, or with sudo). Skipped when both
// browsers are already there (or SADA_CHROMIUM / SADA_FIREFOX point at them).
// `npm run setup` then runs `npm ci` and `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { APT_PACKAGES, checkBrowsers, checkNode, checkShared } from './prereqs.mjs';

function fail(line) {
  process.stderr.write(`sada setup: ${line}\n`);
  process.exit(1);
}

for (const line of checkNode()) fail(line);

if (checkBrowsers().length === 0) {
  process.stderr.write('sada setup: chromium and firefox-esr are installed; no apt step needed\n');
} else {
  const isRoot = process.getuid?.() === 0;
  const sudo = ['/usr/bin/sudo', '/bin/sudo'].find((p) => existsSync(p));
  if (!existsSync('/usr/bin/apt-get')) {
    fail(`no apt-get on this machine: install ${APT_PACKAGES} with its package manager, or set SADA_CHROMIUM and SADA_FIREFOX`);
  }
  if (!isRoot && !sudo) fail(`installing ${APT_PACKAGES} needs root: run "npm run setup" as root, or install sudo`);
  const asRoot = (args) => (isRoot ? ['apt-get', args] : [sudo, ['apt-get', ...args]]);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...APT_PACKAGES.split(' ')]]) {
    const [command, argv] = asRoot(args);
    process.stderr.write(`sada setup: ${isRoot ? '' : 'sudo '}apt-get ${args.join(' ')}\n`);
    try {
      execFileSync(command, argv, { stdio: 'inherit', env });
    } catch {
      fail(`"apt-get ${args.join(' ')}" failed (see above)`);
    }
  }
  for (const line of checkBrowsers()) fail(line);
}

// Not needed to build (the statement corpus is then empty), but the tests need it.
for (const line of checkShared()) process.stderr.write(`sada setup: warning: ${line}\n`);
