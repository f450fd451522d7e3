// What `npm test` (and `npm run eval`, the unit tests, `npm run package`) need
// before they start, checked in well under a second. Each missing thing is one
// line on stderr naming it and the command that fixes it; exit 1.
//
//   node scripts/prereqs.mjs            everything `npm test` needs
//   node scripts/prereqs.mjs shared     only ../shared (evaluation, unit tests)
//   node scripts/prereqs.mjs browsers   only the two browsers
//   node scripts/prereqs.mjs shared built   ../shared and dist/cli.mjs (`npm run eval`)
//
// Imported by the test set-up (tests/support/global-setup.ts) and by
// scripts/package.mjs, so the checks and their wording live here only.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = resolve(root, '..', 'shared');

/** The packages `npm run setup` installs with apt (scripts/prereqs-install.sh reads this line). */
export const APT_PACKAGES = 'chromium fonts-dejavu-core firefox-esr';

const MIN_NODE_MAJOR = 20;

/** Browsers the browser tests drive: the Debian path, or the override. */
export const BROWSERS = [
  { name: 'chromium', env: 'SADA_CHROMIUM', path: '/usr/bin/chromium' },
  { name: 'firefox-esr', env: 'SADA_FIREFOX', path: '/usr/bin/firefox-esr' },
];

/** What ../shared must hold, and what each part is for. */
const SHARED_PARTS = [
  ['eval/score.mjs', 'the scorer'],
  ['eval/dev', 'the dev gold set'],
  ['corpus', 'the statement corpus'],
  ['pages', 'the real news pages'],
];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

export function checkNode(version = process.versions.node) {
  const major = Number(version.split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return [];
  return [`Node ${version} is too old: Sada needs Node ${MIN_NODE_MAJOR} or later (install a current Node.js, then run "npm run setup")`];
}

export function checkModules(dir = root) {
  if (existsSync(join(dir, 'node_modules', 'esbuild', 'package.json'))) return [];
  return ['the npm packages are not installed (node_modules is missing): run "npm ci"'];
}

export function checkShared(dir = sharedDir) {
  const missing = SHARED_PARTS.filter(([part]) => !existsSync(join(dir, part)));
  if (missing.length === 0) return [];
  const what = missing.length === SHARED_PARTS.length ? 'is missing' : `lacks ${missing.map(([p, why]) => `${p} (${why})`).join(', ')}`;
  return [
    `${dir} ${what}: the tests and "npm run eval" need the team's shared folder (dev gold set, scorer, statement corpus, real pages) beside the project; put it there (read-only is fine)`,
  ];
}

export function checkBrowsers(env = process.env) {
  const missing = BROWSERS.filter((b) => !isExecutable(env[b.env] || b.path));
  if (missing.length === 0) return [];
  const names = missing.map((b) => (env[b.env] ? `${b.name} (${b.env}=${env[b.env]} is not an executable)` : `${b.name} (${b.path})`));
  const overrides = missing.map((b) => `${b.env}=/path/to/${b.name}`).join(', ');
  return [`browser missing: ${names.join(', ')}; fix: run "npm run setup" (apt-get update, apt-get install -y ${APT_PACKAGES}) or set ${overrides}`];
}

export function checkBuilt(dir = root) {
  if (existsSync(join(dir, 'dist', 'cli.mjs'))) return [];
  return ['dist/cli.mjs is missing (nothing built yet): run "npm run build"'];
}

/** The checks by name; without names, all but `built` (which `npm test` makes itself). */
const CHECKS = {
  node: () => checkNode(),
  modules: () => checkModules(),
  shared: () => checkShared(),
  browsers: () => checkBrowsers(),
  built: () => checkBuilt(),
};
const BEFORE_TESTS = ['node', 'modules', 'shared', 'browsers'];

/** Runs the named checks (all by default); the problems, one line each. */
export function problems(names = BEFORE_TESTS) {
  return names.flatMap((name) => {
    const check = CHECKS[name];
    if (!check) throw new Error(`unknown check "${name}" (known: ${Object.keys(CHECKS).join(', ')})`);
    return check();
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  let found;
  try {
    found = problems(names.length ? names : undefined);
  } catch (err) {
    found = [err.message];
  }
  for (const line of found) process.stderr.write(`sada: ${line}\n`);
  process.exitCode = found.length ? 1 : 0;
}
