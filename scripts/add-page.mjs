// Adds a page to the real-page suite: `node scripts/add-page.mjs NAME [--own]`.
// Reads ../shared/pages/NAME.html (or tests/pages/own/NAME.html with --own),
// runs what the extension does with it in jsdom (tests/pages/outcome.ts) and
// writes tests/pages/expected/NAME.json from the current output: annotated or
// left alone, the gate's verdict, the article's first and last words, the
// conflicts. A human then checks every field against the page and lists in
// `noMarks` the text of bylines, teaser lists, captions, comments and footers
// that must carry no mark (the parts the finder left out are printed as
// candidates). Running it again keeps `noMarks` and `note`.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const own = args.includes('--own');
const name = args.find((a) => !a.startsWith('--'))?.replace(/\.html$/, '');
if (!name) {
  console.error('usage: node scripts/add-page.mjs NAME [--own]   (NAME.html in ../shared/pages, or tests/pages/own with --own)');
  process.exit(2);
}
const pagePath = own ? join(root, 'tests/pages/own', `${name}.html`) : join(root, '..', 'shared', 'pages', `${name}.html`);
if (!existsSync(pagePath)) {
  console.error(`add-page: no page at ${pagePath}`);
  process.exit(1);
}

// The suite's own TypeScript, bundled for Node (jsdom and the rest stay external, found in node_modules).
mkdirSync(join(root, '.cache'), { recursive: true });
const dir = mkdtempSync(join(root, '.cache', 'add-page-'));
const bundle = join(dir, 'outcome.mjs');
await esbuild.build({
  entryPoints: [join(root, 'tests/pages/outcome.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: bundle,
  logLevel: 'warning',
  define: { SADA_TARGET: '"chromium"' },
});
const { pageOutcome, edgeWords, leftOutParts } = await import(pathToFileURL(bundle).href);
rmSync(dir, { recursive: true, force: true });

const html = readFileSync(pagePath, 'utf8');
const outcome = pageOutcome(html);
const expectedPath = join(root, 'tests/pages/expected', `${name}.json`);
const before = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : {};
const expected = {
  page: `${name}.html`,
  source: own ? 'own' : 'shared',
  expected: outcome.annotated ? 'annotate' : 'leave',
  gate: outcome.gate,
  article: outcome.text === null ? null : edgeWords(outcome.text),
  conflicts: outcome.annotated ? outcome.conflicts : [],
  noMarks: before.noMarks ?? [],
  note: before.note ?? 'written by scripts/add-page.mjs from the current output: check every field against the page',
};
writeFileSync(expectedPath, `${JSON.stringify(expected, null, 2)}\n`);
console.log(`wrote ${expectedPath}`);
console.log(`  ${expected.expected} (gate: ${expected.gate}; language ${outcome.language}; conflicts: ${outcome.conflicts.join(', ') || 'none'})`);
if (expected.article) console.log(`  article: «${expected.article.first} … ${expected.article.last}» (${outcome.text.length} chars)`);
const candidates = leftOutParts(html);
if (candidates.length) console.log(`  left out inside the article (candidates for noMarks):\n${candidates.map((c) => `    - ${c}`).join('\n')}`);
