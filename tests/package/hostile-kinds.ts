// The kinds of hostile input the extension's and the core's tests try, each
// found by the words its tests' titles use. The README's second reliability
// table says, per kind, how many tests at least try it; reliability.test.ts
// checks that there are still that many (more is fine) and regenerates it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface HostileKind {
  kind: string;
  /** Test titles that try this kind. */
  titles: RegExp;
  /** What those tests hold the extension to. */
  holds: string;
}

export const HOSTILE_KINDS: HostileKind[] = [
  { kind: 'huge, long or deeply nested pages and texts', titles: /huge|\bdeep\b|\d+ ?MB\b|bounded sample|5,?000/i, holds: 'finishes, bounded work, no crash' },
  { kind: 'bidi controls and zero-width characters', titles: /bidi|zero-width/i, holds: 'same result, offsets exact' },
  { kind: 'quote storms (texts of only quotation marks)', titles: /only (of )?quotation marks|quote storm/i, holds: 'finishes, no false quotes' },
  { kind: 'markup and script as text', titles: /markup|innerHTML|refuses script/i, holds: 'stays text, never run' },
  { kind: 'malformed, forged or untrusted messages and events', titles: /malformed|forged|untrusted|synthetic/i, holds: 'dropped' },
  { kind: 'corrupt stored data', titles: /corrupt|garbage|damaged/i, holds: 'reported, nothing overwritten, no data lost' },
  { kind: 'hostile or conflicting imports', titles: /hostile (import|file)|re-import|imports? (an? )?(exported|file|hostile)|merges imports/i, holds: 'refused or merged, nothing lost' },
  { kind: 'prototype pollution', titles: /prototype/i, holds: 'refused' },
  { kind: 'pages that fight back (editable content, re-rendering, CSP)', titles: /editable|re-?render|\bCSP\b|rewrit/i, holds: 'page intact, nothing written into it, no request out' },
];

/** Test files whose titles count (the CLI's hostile cases have their own table). */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(e.name) && !path.endsWith(join('cli', 'hostile.test.ts')) ? [path] : [];
  });
}

const TITLE = /\b(?:it|test)(?:\.\w+(?:\([^)]*\))?)?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** Every test title of the suite under `testsDir`, with its file. */
export function testTitles(testsDir: string): Array<{ file: string; title: string }> {
  return testFiles(testsDir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(TITLE)].map((m) => ({ file: relative(testsDir, file), title: m[2]! })),
  );
}

export function countByKind(testsDir: string): Map<string, number> {
  const titles = testTitles(testsDir);
  return new Map(HOSTILE_KINDS.map((k) => [k.kind, titles.filter((t) => k.titles.test(t.title)).length]));
}

export function kindsTable(counts: Map<string, number>): string {
  return [
    '| hostile input (extension and core) | tests that try it, at least | what they hold it to |',
    '| --- | --- | --- |',
    ...HOSTILE_KINDS.map((k) => `| ${k.kind} | ${counts.get(k.kind) ?? 0} | ${k.holds} |`),
  ].join('\n');
}
