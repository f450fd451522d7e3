// An esbuild plugin for build.mjs: large data files (any JSON under data/ of
// 10 000 characters or more: the gazetteer, the lexicons) are bundled as `JSON.parse('…')`
// instead of an object literal. V8 scans a string and parses JSON much faster
// than it parses and compiles the same data as JavaScript, and the
// background's bundle is mostly these files: the first article after a
// browser start waits for the service worker's parse (issue 11). Same values
// (JSON.parse of the file's own JSON), so the analyzer's output is unchanged;
// the file's top-level keys stay importable by name.
import { readFileSync } from 'node:fs';

/** Smaller files stay object literals: the string costs more than it saves below this. */
export const JSON_AS_STRING_MIN_CHARS = 10_000;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The module source for one JSON text: a default export and one named export per top-level key. */
export function jsonModuleSource(text) {
  const value = JSON.parse(text);
  const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  const named = keys.filter((k) => IDENTIFIER.test(k) && k !== 'default').map((k) => `export const ${k} = data[${JSON.stringify(k)}];`);
  return [`const data = JSON.parse(${JSON.stringify(JSON.stringify(value))});`, 'export default data;', ...named, ''].join('\n');
}

export function jsonParsePlugin(minChars = JSON_AS_STRING_MIN_CHARS) {
  return {
    name: 'sada-json-parse',
    setup(build) {
      build.onLoad({ filter: /[\\/]data[\\/].*\.json$/ }, ({ path }) => {
        const text = readFileSync(path, 'utf8');
        if (text.length < minChars) return undefined;
        try {
          return { contents: jsonModuleSource(text), loader: 'js' };
        } catch (error) {
          return { errors: [{ text: `${path} is not valid JSON: ${error.message}` }] };
        }
      });
    },
  };
}
