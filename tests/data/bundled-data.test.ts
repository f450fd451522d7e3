// build.mjs bundles large data files as JSON.parse('…') (scripts/json-parse-plugin.mjs):
// the bundled values must be the files' own values, by default and by name.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonModuleSource, jsonParsePlugin } from '../../scripts/json-parse-plugin.mjs';

const root = join(__dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'sada-bundled-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Bundles `source` (an entry module beside the project's files) with the plugin and returns what it exports. */
async function bundleAndRun(source: string, minChars?: number): Promise<Record<string, unknown>> {
  const built = await esbuild.build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'node', charset: 'utf8', minify: true,
    plugins: [jsonParsePlugin(minChars)],
  });
  const file = join(scratch, `bundle-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, built.outputFiles[0]?.text ?? '');
  return import(file);
}

const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('large data files bundled as JSON.parse', () => {
  it('gives the gazetteer and a lexicon their own values, by default and by top-level name', async () => {
    const out = await bundleAndRun(
      "import gaza, { actors } from './data/actors/gaza.json'; import verbs from './data/speech-verbs.json';" +
        'export { gaza, actors, verbs };',
    );
    expect(out.gaza).toEqual(read('data/actors/gaza.json'));
    expect(out.actors).toEqual(read('data/actors/gaza.json').actors);
    expect(out.verbs).toEqual(read('data/speech-verbs.json'));
  });

  it('bundles the large file as one string and leaves the small ones as object literals', async () => {
    const built = await esbuild.build({
      stdin: { contents: "import a from './data/actors/gaza.json'; import b from './data/punctuation.json'; console.log(a, b);", resolveDir: root, loader: 'ts' },
      bundle: true, write: false, format: 'esm', charset: 'utf8', plugins: [jsonParsePlugin()],
    });
    expect(built.outputFiles[0]?.text.match(/JSON\.parse\(/g)).toHaveLength(1);
  });

  it('keeps text that JavaScript reads differently from JSON: quotes, backslashes, line separators, __proto__', () => {
    const text = JSON.stringify({ a: 'قال: "لا" \\ \u2028 \u2029 `${x}`', __proto__x: 1, list: [1, null, true], 'not-an-id': 2 });
    const withProto = text.replace('"__proto__x"', '"__proto__"');
    const source = jsonModuleSource(withProto);
    const data = new Function(source.replace('export default data;', 'return data;').replace(/^export const .*$/gm, ''))();
    expect(data).toEqual(JSON.parse(withProto));
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(source).toContain('export const list = data["list"];');
    expect(source).not.toContain('export const not-an-id');
  });

  it('refuses a malformed data file with an error naming it', async () => {
    const bad = join(scratch, 'data', 'broken.json');
    mkdirSync(join(scratch, 'data'), { recursive: true });
    writeFileSync(bad, '{"actors": [' + '"x",'.repeat(5000));
    await expect(bundleAndRun(`import x from ${JSON.stringify(bad)}; export { x };`)).rejects.toThrow(/broken\.json/);
  });
});
