// `npm run package`: the files the two stores take, built fresh from this tree.
//
//   artifacts/sada-chromium-<version>.zip   the Chrome Web Store upload (dist/chromium, manifest at the root)
//   artifacts/sada-firefox-<version>.zip    the addons.mozilla.org upload (dist/firefox, as web-ext build makes it)
//   artifacts/sada-source-<version>.zip     the sources and BUILDING.md, for the add-on review
//
// The same tree gives the same bytes (scripts/zip.mjs: sorted entries, fixed
// time stamps and modes). `--out DIR` writes elsewhere (the tests use it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { problems, root } from './prereqs.mjs';
import { zip } from './zip.mjs';

function fail(line) {
  process.stderr.write(`sada package: ${line}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
if (outIndex >= 0 && !args[outIndex + 1]) fail('--out needs a folder');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : join(root, 'artifacts'));

for (const line of problems(['node', 'modules', 'shared'])) fail(line);
const { version, engines } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifestVersion = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).version;
if (manifestVersion !== version) fail(`manifest.json has version ${manifestVersion} but package.json ${version}: make them the same`);

/** Every file under `dir`, as { path relative to dir with '/', data, executable }. */
function filesUnder(dir) {
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) found.push({ path: relative(dir, full).split(sep).join('/'), data: readFileSync(full), executable: (stat.mode & 0o111) !== 0 });
    }
  };
  walk(dir);
  return found;
}

/** The project's own files: what git tracks plus new files it does not ignore (never node_modules, dist, artifacts). */
function sourceFiles() {
  let listed;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    fail('the source package lists files with git: run it in a git clone of the project');
  }
  const skip = /^(node_modules|dist|artifacts|test-results)\//;
  return [...new Set(listed)]
    .filter((path) => !skip.test(path) && existsSync(join(root, path)) && statSync(join(root, path)).isFile())
    .map((path) => ({ path, data: readFileSync(join(root, path)), executable: (statSync(join(root, path)).mode & 0o111) !== 0 }));
}

const BUILDING = `# Building Sada ${version} from these sources

Sada is written in TypeScript; the add-on's scripts are bundled and minified
by esbuild. Nothing is downloaded at build time except the npm packages
pinned in package-lock.json.

Needs: Linux (or macOS), Node ${engines.node} with npm.

    npm ci
    node build.mjs
    cp prebuilt/corpus.json dist/firefox/corpus.json

dist/firefox/ is then the add-on, file for file (sada-firefox-${version}.zip).

- build.mjs bundles src/ (entry points listed at its top), writes
  dist/firefox/manifest.json from manifest.json, and copies icons/, _locales/
  and the popup's HTML and CSS.
- corpus.json is data, not code: an index of earlier statements (quotes) made
  by the project's command-line tool (\`node dist/cli.mjs corpus build SRC
  OUT\`, src/cli/corpus-build.ts) from a folder of news articles that are not
  ours to redistribute, so the articles are not in this package; the index
  built from them is, as prebuilt/corpus.json. Without the articles,
  build.mjs writes an empty index, which the cp step above replaces.
- Tests: see README.md ("npm test" needs Debian's Chromium and Firefox ESR).
`;

const work = join(out, `.build-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  execFileSync(process.execPath, [join(root, 'build.mjs')], { cwd: root, env: { ...process.env, SADA_DIST: work }, stdio: ['ignore', 'ignore', 'inherit'] });
  const artifacts = {
    [`sada-chromium-${version}.zip`]: filesUnder(join(work, 'chromium')),
    [`sada-firefox-${version}.zip`]: filesUnder(join(work, 'firefox')),
    [`sada-source-${version}.zip`]: [
      ...sourceFiles(),
      { path: 'BUILDING.md', data: Buffer.from(BUILDING) },
      { path: 'prebuilt/corpus.json', data: readFileSync(join(work, 'corpus.json')) },
    ],
  };
  for (const [name, files] of Object.entries(artifacts)) {
    const archive = zip(files);
    writeFileSync(join(out, name), archive);
    process.stdout.write(`${relative(process.cwd(), join(out, name)) || name}  ${files.length} files, ${archive.length} bytes\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
