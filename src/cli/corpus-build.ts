// `sada corpus build SRC OUT`: a folder of articles (.txt or .html) and their
// metadata (articles.json) → one compact statement index.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, buildCorpus, statementsFromArticle, Corpus, CorpusFormatError, loadCorpus, type ArticleMeta, type Statement } from '../core';
import { CliError, type Command } from './command';
import { articleTextFromHtml } from './html';

const HELP = `usage: sada corpus build [--meta FILE] [--allow-missing] SRC OUT
  Analyzes every .txt and .html article in the folder SRC and writes the index
  of their quotes (statements) to OUT (JSON, format "sada-corpus" version 1).
  --meta FILE       article metadata (default SRC/articles.json): a list of
                    { "file", "outlet", "date" (YYYY-MM-DD), "url"?, "title"? };
                    articles without an entry are indexed with their file name
  --allow-missing   a missing SRC gives an empty corpus instead of an error
  A file that cannot be read (binary, not UTF-8, unparsable HTML) is reported
  on standard error and skipped; the rest is built. Progress goes to stderr.`;

function readMeta(path: string): Map<string, ArticleMeta> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot read the metadata ${path}: ${(err as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new CliError(`the metadata ${path} must be a JSON list of articles`);
  const meta = new Map<string, ArticleMeta>();
  raw.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null || typeof entry.file !== 'string') {
      throw new CliError(`the metadata ${path}, entry ${i + 1}: needs a "file"`);
    }
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    meta.set(entry.file, { file: entry.file, outlet: str(entry.outlet), date: str(entry.date), url: str(entry.url), title: str(entry.title) });
  });
  return meta;
}

/** The article's text, or a reason why it cannot be read. */
async function articleText(path: string): Promise<string> {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
  if (/\.html?$/i.test(path)) text = await articleTextFromHtml(text);
  if (!text.trim()) throw new Error('no text');
  return text;
}

class Progress {
  private last = 0;
  constructor(private readonly total: number) {}
  private readonly tty = process.stderr.isTTY === true;
  update(done: number, statements: number, skipped: number, force = false): void {
    const now = Date.now();
    // Off a terminal, the summary line stands for the last update.
    if (force ? !this.tty : now - this.last < (this.tty ? 100 : 2000)) return;
    this.last = now;
    const line = `corpus: ${done}/${this.total} articles, ${statements} statements${skipped ? `, ${skipped} skipped` : ''}`;
    process.stderr.write(this.tty ? `\r${line}\u001b[K` : `${line}\n`);
  }
  clearLine(): void {
    if (this.tty) process.stderr.write('\r\u001b[K');
  }
}

async function build(args: string[]): Promise<number> {
  let metaPath: string | undefined;
  let allowMissing = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--meta') metaPath = args[++i];
    else if (a === '--allow-missing') allowMissing = true;
    else if (a.startsWith('--')) throw new CliError(`corpus build: unknown option ${a}`, 2);
    else paths.push(a);
  }
  if (paths.length !== 2) throw new CliError('corpus build: give SRC (a folder) and OUT (the index file)', 2);
  const [src, out] = paths as [string, string];
  if (!existsSync(src)) {
    if (!allowMissing) throw new CliError(`corpus build: no such folder ${src}`);
    writeFileSync(out, JSON.stringify(buildCorpus([])));
    process.stderr.write(`corpus: ${src} is missing; wrote an empty corpus to ${out}\n`);
    return 0;
  }
  if (!statSync(src).isDirectory()) throw new CliError(`corpus build: ${src} is not a folder`);
  const metaFile = metaPath ?? join(src, 'articles.json');
  const meta = existsSync(metaFile) ? readMeta(metaFile) : new Map<string, ArticleMeta>();
  const files = readdirSync(src)
    .filter((f) => ['.txt', '.html', '.htm'].includes(extname(f).toLowerCase()))
    .sort();
  const statements: Statement[] = [];
  const progress = new Progress(files.length);
  let skipped = 0;
  for (const [i, file] of files.entries()) {
    try {
      const text = await articleText(join(src, file));
      const analysis = analyze(text, { stopEarly: false });
      statements.push(...statementsFromArticle(text, analysis, meta.get(file) ?? { file }));
    } catch (err) {
      skipped++;
      progress.clearLine();
      process.stderr.write(`corpus: skipped ${basename(file)}: ${(err as Error).message}\n`);
    }
    progress.update(i + 1, statements.length, skipped, i + 1 === files.length);
  }
  const index = buildCorpus(statements);
  const json = JSON.stringify(index);
  writeFileSync(out, json);
  progress.clearLine();
  process.stderr.write(
    `corpus: ${files.length - skipped} articles, ${statements.length} statements, ${index.terms.length} terms, ${json.length} bytes → ${out}${skipped ? ` (${skipped} skipped)` : ''}\n`,
  );
  return 0;
}

export const corpusCommand: Command = {
  summary: 'corpus build SRC OUT: index the quotes of a folder of articles',
  help: HELP,
  async run(args) {
    const [sub, ...rest] = args;
    if (sub === 'build') return build(rest);
    throw new CliError(`corpus: unknown subcommand ${sub === undefined ? '(none)' : `"${sub}"`}; try "sada corpus build SRC OUT"`, 2);
  },
};

// Loading the statement index for `search` and `related`.
/** dist/corpus.json beside the built CLI (dist/cli.mjs). */
export function defaultIndexPath(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'corpus.json');
}

export function openCorpus(path = defaultIndexPath()): Corpus {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no corpus index at ${path} (run "node build.mjs" or give --index)`);
    throw new CliError(`cannot read the corpus index ${path}: ${(err as Error).message}`);
  }
  try {
    return new Corpus([loadCorpus(raw)]);
  } catch (err) {
    if (err instanceof CorpusFormatError) throw new CliError(`${path}: ${err.message}`);
    throw err;
  }
}
