// Sizes in the analysis core (src/core, the corpus excepted): files over 300
// lines and functions over 60 lines, the limits of the team's guide.
// `node scripts/core-size.mjs` lists them; tests/core/size.test.ts holds the
// ones not yet split to their present size, so they can only shrink.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 60;

const FUNCTION = /^(\s*)(?:export\s+)?(?:async\s+)?function\*?\s+(\w+)|^(\s+)(?:(?:private|public|static|readonly)\s+)*(\w+)\s*(?:<[^>]*>)?\([^;]*\)\s*(?::\s*[^=;]+)?\{\s*$/;
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'else']);

/** Every .ts file of the core with its lines, and every function longer than the limit. */
export function coreSizes(root) {
  const core = join(root, 'src/core');
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'corpus') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.generated.ts')) files.push(path);
    }
  };
  walk(core);
  const out = { files: [], functions: [] };
  for (const path of files.sort()) {
    const lines = readFileSync(path, 'utf8').split('\n');
    const file = relative(root, path);
    out.files.push({ file, lines: lines.length });
    lines.forEach((line, i) => {
      const m = FUNCTION.exec(line);
      if (!m) return;
      const name = m[2] ?? m[4];
      if (KEYWORDS.has(name)) return;
      const indent = m[1] ?? m[3] ?? '';
      // The body ends at the first closing brace at the declaration's indentation.
      let end = i + 1;
      while (end < lines.length && !lines[end].startsWith(`${indent}}`)) end++;
      out.functions.push({ file, name, lines: end - i + 1 });
    });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, functions } = coreSizes(join(dirname(fileURLToPath(import.meta.url)), '..'));
  for (const f of files.filter((f) => f.lines > MAX_FILE_LINES)) console.log(`file ${f.file}: ${f.lines} lines`);
  for (const f of functions.filter((f) => f.lines > MAX_FUNCTION_LINES)) console.log(`function ${f.file} ${f.name}: ${f.lines} lines`);
}
