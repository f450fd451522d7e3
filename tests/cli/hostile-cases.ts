// The hostile inputs the command line is tried with, one entry each. The test
// (hostile.test.ts) runs every case as a real process and holds it to the
// rules below; the README's reliability table is generated from this list.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Workspace {
  dir: string;
  /** Writes a file in the workspace; returns its path. */
  file(name: string, content: string | Buffer): string;
  /** A folder of articles with the given files; returns its path. */
  folder(name: string, files: Record<string, string | Buffer>): string;
  /** The corpus index built from a folder by the CLI under test. */
  index(name: string, files: Record<string, string>): string;
}

export interface HostileCase {
  /** The row of the README table it counts in. */
  kind: string;
  what: string;
  args(w: Workspace): string[];
  input?: string;
  /** 'error': one clear line on stderr, exit 1 or 2, nothing on stdout. 'result': exit 0. */
  outcome: 'error' | 'result';
  /** The error line must match it (outcome 'error'). */
  says?: RegExp;
  /** More checks on standard output (outcome 'result'). */
  check?(out: string): void;
}

/** Our own sentences (not from any gold set). */
export const ARTICLE =
  'أعلن المتحدث باسم الكرملين دميتري بيسكوف أن روسيا ترى فرصة للتسوية بين أذربيجان وأرمينيا في قره باغ.\n\n' +
  'وقال بيسكوف: "نحن نراقب الوضع في قره باغ بعناية شديدة ونأمل أن يتوقف القتال".';

/** Terminal control sequences: clear screen, set window title, recolour, a C1 CSI, a CR that overwrites the line. */
export const CONTROL_SEQUENCES = '\u001b[2J\u001b]0;owned\u0007\u001b[31m\u009b1m\r';
const withControls = ARTICLE.replace('نحن نراقب', `نحن ${CONTROL_SEQUENCES}نراقب`);

const deepHtml = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>${ARTICLE}</p>${'</div>'.repeat(depth)}</body></html>`;
const utf16 = (text: string, bom: boolean, bigEndian: boolean) => {
  const le = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
};
const page = (body: string) => `<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر</h1>${body}</article></body></html>`;

const ok = (out: string) => {
  if (!out.trim()) throw new Error('no output');
};
const parsesWithQuote = (out: string) => {
  const quotes = (JSON.parse(out) as { quotes: unknown[] }).quotes;
  if (quotes.length === 0) throw new Error('the quote was not found');
};

export const HOSTILE_CASES: HostileCase[] = [
  // Endless or special files.
  { kind: 'endless or special files', what: 'corpus build over a FIFO named *.txt', args: (w) => ['corpus', 'build', fifoFolder(w), join(w.dir, 'o1.json')], outcome: 'error', says: /not a regular file \(a FIFO\)/ },
  { kind: 'endless or special files', what: 'corpus build over a *.txt link to /dev/zero', args: (w) => ['corpus', 'build', linkFolder(w, '/dev/zero'), join(w.dir, 'o2.json')], outcome: 'error', says: /not a regular file \(a device\)/ },
  { kind: 'endless or special files', what: 'corpus build over a broken *.txt link', args: (w) => ['corpus', 'build', linkFolder(w, join(w.dir, 'nowhere')), join(w.dir, 'o3.json')], outcome: 'error', says: /no such file/ },
  { kind: 'endless or special files', what: 'corpus build over a 20 GB (sparse) article', args: (w) => ['corpus', 'build', sparseFolder(w), join(w.dir, 'o4.json')], outcome: 'error', says: /too large/ },
  { kind: 'endless or special files', what: 'analyze /dev/zero', args: () => ['analyze', '/dev/zero'], outcome: 'error', says: /too large/ },
  { kind: 'endless or special files', what: 'analyze a folder', args: (w) => ['analyze', w.dir], outcome: 'error', says: /directory/ },
  // Deeply nested HTML.
  ...[1000, 3000, 5000, 100_000].map((depth): HostileCase => ({
    kind: 'deeply nested HTML', what: `analyze --html, ${depth} elements deep`, args: (w) => ['analyze', '--html', w.file(`deep-${depth}.html`, deepHtml(depth))], outcome: 'error', says: /nested more than \d+ elements deep/,
  })),
  { kind: 'deeply nested HTML', what: 'related --html, 5000 deep', args: (w) => ['related', '--html', w.file('deep-r.html', deepHtml(5000))], outcome: 'error', says: /nested more than/ },
  { kind: 'deeply nested HTML', what: 'corpus build with a 5000-deep page (skipped, rest built)', args: (w) => ['corpus', 'build', w.folder('deep-src', { 'a.txt': ARTICLE, 'deep.html': deepHtml(5000) }), join(w.dir, 'o5.json')], outcome: 'result' },
  { kind: 'deeply nested HTML', what: 'analyze --html, 200 deep (read)', args: (w) => ['analyze', '--json', '--html', w.file('deep-200.html', deepHtml(200))], outcome: 'result', check: parsesWithQuote },
  // Terminal control sequences in article text.
  { kind: 'terminal control sequences', what: 'analyze (human view)', args: (w) => ['analyze', w.file('ctl.txt', withControls)], outcome: 'result', check: ok },
  { kind: 'terminal control sequences', what: 'analyze --json', args: (w) => ['analyze', '--json', w.file('ctl2.txt', withControls)], outcome: 'result', check: parsesWithQuote },
  { kind: 'terminal control sequences', what: 'search (statements holding them)', args: (w) => ['search', 'نراقب', '--index', w.index('ctl-index', { 'a.txt': withControls })], outcome: 'result', check: ok },
  { kind: 'terminal control sequences', what: 'search --json', args: (w) => ['search', 'نراقب', '--json', '--index', w.index('ctl-index2', { 'a.txt': withControls })], outcome: 'result', check: ok },
  { kind: 'terminal control sequences', what: 'related', args: (w) => ['related', w.file('ctl3.txt', ARTICLE), '--index', w.index('ctl-index3', { 'b.txt': withControls })], outcome: 'result', check: ok },
  { kind: 'terminal control sequences', what: 'in a file name of an error', args: (w) => ['analyze', join(w.dir, `no-such-${CONTROL_SEQUENCES}.txt`)], outcome: 'error', says: /no such file/ },
  { kind: 'terminal control sequences', what: 'in an unknown option', args: () => ['analyze', `--x${CONTROL_SEQUENCES}`], outcome: 'error', says: /unknown option/ },
  { kind: 'terminal control sequences', what: 'in invalid metadata JSON (the parser quotes bytes)', args: (w) => ['corpus', 'build', '--meta', w.file('bad-meta.json', `[{"file": "${CONTROL_SEQUENCES}`), w.folder('meta-src', { 'a.txt': ARTICLE }), join(w.dir, 'o6.json')], outcome: 'error', says: /is not valid JSON$/ },
  // Encodings.
  { kind: 'encodings', what: 'UTF-16LE with BOM', args: (w) => ['analyze', '--json', w.file('le-bom.txt', utf16(ARTICLE, true, false))], outcome: 'result', check: parsesWithQuote },
  { kind: 'encodings', what: 'UTF-16BE with BOM', args: (w) => ['analyze', '--json', w.file('be-bom.txt', utf16(ARTICLE, true, true))], outcome: 'result', check: parsesWithQuote },
  { kind: 'encodings', what: 'UTF-16LE without BOM', args: (w) => ['analyze', '--json', w.file('le.txt', utf16(ARTICLE, false, false))], outcome: 'result', check: parsesWithQuote },
  { kind: 'encodings', what: 'UTF-16 in a corpus folder', args: (w) => ['corpus', 'build', w.folder('utf16-src', { 'a.txt': utf16(ARTICLE, true, false) }), join(w.dir, 'o7.json')], outcome: 'result' },
  { kind: 'encodings', what: 'Windows-1256 Arabic', args: (w) => ['analyze', w.file('cp1256.txt', Buffer.from([0xc7, 0xe1, 0xd1, 0xe6, 0xd3, 0x20, 0xc7, 0xe1]))], outcome: 'error', says: /not valid UTF-8/ },
  { kind: 'encodings', what: 'a binary file', args: (w) => ['analyze', w.file('elf.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]))], outcome: 'error', says: /binary/ },
  { kind: 'encodings', what: 'an empty file', args: (w) => ['analyze', w.file('empty.txt', '')], outcome: 'error', says: /empty/ },
  { kind: 'encodings', what: 'only whitespace and bidi marks on stdin', args: () => ['analyze', '-'], input: ' \n\u200F\u2067\n', outcome: 'error', says: /empty/ },
  // Arguments.
  { kind: 'bad arguments', what: 'corpus build --meta with no value', args: (w) => ['corpus', 'build', w.folder('args-src', { 'a.txt': ARTICLE }), join(w.dir, 'o8.json'), '--meta'], outcome: 'error', says: /--meta needs a FILE/ },
  { kind: 'bad arguments', what: 'corpus build --meta of a missing file', args: (w) => ['corpus', 'build', '--meta', join(w.dir, 'nope.json'), w.folder('args-src2', { 'a.txt': ARTICLE }), join(w.dir, 'o9.json')], outcome: 'error', says: /no metadata file/ },
  { kind: 'bad arguments', what: 'corpus build --meta with an impossible date', args: (w) => ['corpus', 'build', '--meta', w.file('date-meta.json', JSON.stringify([{ file: 'a.txt', outlet: 'x', date: '2023-02-30' }])), w.folder('args-src5', { 'a.txt': ARTICLE }), join(w.dir, 'o10.json')], outcome: 'error', says: /entry 1: "date" must be a day/ },
  { kind: 'bad arguments', what: 'corpus build into a missing folder', args: (w) => ['corpus', 'build', w.folder('args-src3', { 'a.txt': ARTICLE }), join(w.dir, 'no-dir', 'out.json')], outcome: 'error', says: /cannot write .*no folder/ },
  { kind: 'bad arguments', what: 'corpus build into a folder', args: (w) => ['corpus', 'build', w.folder('args-src4', { 'a.txt': ARTICLE }), w.dir], outcome: 'error', says: /cannot write .*it is a folder/ },
  { kind: 'bad arguments', what: 'search --speaker unknown id', args: () => ['search', 'x', '--speaker', 'nobody-at-all'], outcome: 'error', says: /unknown speaker/ },
  { kind: 'bad arguments', what: 'search --from 2023-02-29', args: () => ['search', 'x', '--from', '2023-02-29'], outcome: 'error', says: /not a day of the calendar/ },
  { kind: 'bad arguments', what: 'search --to 2024-13-01', args: () => ['search', 'x', '--to', '2024-13-01'], outcome: 'error', says: /not a day of the calendar/ },
  { kind: 'bad arguments', what: 'search --from after --to', args: () => ['search', 'x', '--from', '2024-05-01', '--to', '2024-01-01'], outcome: 'error', says: /is after --to/ },
  { kind: 'bad arguments', what: 'search --conflict unknown', args: () => ['search', 'x', '--conflict', 'atlantis'], outcome: 'error', says: /unknown conflict/ },
  // Hostile text.
  { kind: 'hostile text', what: '700,000 quotation marks', args: (w) => ['analyze', '--json', w.file('marks.txt', '"“”«»„‟'.repeat(100_000))], outcome: 'result' },
  { kind: 'hostile text', what: 'bidi and zero-width controls around a quote', args: (w) => ['analyze', '--json', w.file('bidi.txt', ARTICLE.replace('بيسكوف: "', 'بيسكوف:\u200F \u2067"\u200B'))], outcome: 'result', check: parsesWithQuote },
  { kind: 'hostile text', what: 'markup as text', args: (w) => ['analyze', '--json', w.file('markup.txt', `<script>alert(1)</script><img src=x onerror=alert(1)>\n\n${ARTICLE}`)], outcome: 'result', check: parsesWithQuote },
  { kind: 'hostile text', what: 'broken CSS in a page (no jsdom noise)', args: (w) => ['analyze', '--html', w.file('css.html', `<style>@media { .a { color: red; }}}{{{ @@@</style>${page(`<p>${ARTICLE}</p>`)}`)], outcome: 'result', check: ok },
];

function fifoFolder(w: Workspace): string {
  const dir = w.folder('fifo-src', { 'a.txt': ARTICLE });
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  return dir;
}

function linkFolder(w: Workspace, target: string): string {
  const dir = w.folder(`link-src-${target.replace(/\W/g, '')}`, { 'a.txt': ARTICLE });
  symlinkSync(target, join(dir, 'link.txt'));
  return dir;
}

function sparseFolder(w: Workspace): string {
  const dir = w.folder('sparse-src', { 'a.txt': ARTICLE });
  const path = join(dir, 'huge.txt');
  writeFileSync(path, '');
  truncateSync(path, 20 * 1024 ** 3);
  return dir;
}

export function makeWorkspace(dir: string, buildIndex: (src: string, out: string) => void): Workspace {
  const w: Workspace = {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    folder(name, files) {
      const path = join(dir, name);
      mkdirSync(path, { recursive: true });
      for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
      return path;
    },
    index(name, files) {
      const out = join(dir, `${name}.json`);
      buildIndex(w.folder(name, files), out);
      return out;
    },
  };
  return w;
}

/** The README's reliability table for the command line, from the cases. */
export function reliabilityTable(cases: HostileCase[] = HOSTILE_CASES): string {
  const kinds = new Map<string, HostileCase[]>();
  for (const c of cases) kinds.set(c.kind, [...(kinds.get(c.kind) ?? []), c]);
  const rows = [...kinds].map(([kind, list]) => {
    const errors = list.filter((c) => c.outcome === 'error').length;
    const results = list.length - errors;
    return `| ${kind} | ${list.length} | ${errors} clear one-line errors, ${results} results | 0 | 0 |`;
  });
  return [
    '| hostile input (command line) | cases | outcome | crashes | hangs |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| **all** | **${cases.length}** | | **0** | **0** |`,
  ].join('\n');
}
