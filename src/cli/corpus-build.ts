// `sada corpus build SRC OUT`: a folder of articles (.txt or .html) and their
// metadata (articles.json) → one compact statement index.
import { accessSync, constants, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, buildCorpus, statementsFromArticle, Corpus, CorpusFormatError, loadCorpus, type ArticleMeta, type Statement } from '../core';
import { CliError, type Command } from './command';
import { isCalendarDate } from './filters';
import { articleText, checkRegularFile, decodeText, InputError, MAX_INPUT_BYTES, readRegularFile } from './input';
import { printable } from './terminal';

const HELP = `usage: sada corpus build [--meta FILE] [--allow-missing] SRC OUT
  Analyzes every .txt and .html article in the folder SRC and writes the index
  of their quotes (statements) to OUT (JSON, format "sada-corpus" version 1).
  --meta FILE       article metadata (default SRC/articles.json): a list of
                    { "file", "outlet", "date" (YYYY-MM-DD), "url"?, "title"? };
                    articles without an entry are indexed with their file name
  --allow-missing   a missing SRC gives an empty corpus instead of an error
  The arguments are checked before any article is read: SRC a folder, the
  --meta file present and valid, OUT writable, every article a regular file
  of at most 16 MB (a FIFO or a link to a device is an error, not a wait).
  A file that cannot be decoded (binary, not UTF-8 or UTF-16, unparsable
  HTML) is reported on standard error and skipped; the rest is built.
  Progress goes to stderr; OUT is written whole or not at all.`;

function readMeta(path: string): Map<string, ArticleMeta> {
  let raw: unknown;
  const text = decodeText(readRegularFile(path, MAX_INPUT_BYTES), `the metadata ${path}`);
  try {
    raw = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the file's bytes.
    throw new CliError(`the metadata ${path} is not valid JSON`);
  }
  if (!Array.isArray(raw)) throw new CliError(`the metadata ${path} must be a JSON list of articles`);
  const meta = new Map<string, ArticleMeta>();
  raw.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null || typeof entry.file !== 'string') {
      throw new CliError(`the metadata ${path}, entry ${i + 1}: needs a "file"`);
    }
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const date = str(entry.date);
    if (date !== null && !isCalendarDate(date)) {
      throw new CliError(`the metadata ${path}, entry ${i + 1}: "date" must be a day written YYYY-MM-DD, not "${date}"`);
    }
    meta.set(entry.file, { file: entry.file, outlet: str(entry.outlet), date, url: str(entry.url), title: str(entry.title) });
  });
  return meta;
}

const isHtmlFile = (path: string) => /\.html?$/i.test(path);

/** The article's text, or a reason why it cannot be read. */
async function readArticleFile(path: string, name: string): Promise<string> {
  const text = await articleText(decodeText(readRegularFile(path), name), name, isHtmlFile(path));
  if (!text.trim()) throw new InputError(name, 'no text');
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

interface BuildArgs {
  src: string;
  out: string;
  metaPath?: string;
  allowMissing: boolean;
}

function parseArgs(args: string[]): BuildArgs {
  let metaPath: string | undefined;
  let allowMissing = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--meta') {
      metaPath = args[++i];
      if (metaPath === undefined || metaPath.startsWith('--') || !metaPath.trim()) throw new CliError('corpus build: --meta needs a FILE', 2);
    } else if (a === '--allow-missing') allowMissing = true;
    else if (a.startsWith('--')) throw new CliError(`corpus build: unknown option ${a}`, 2);
    else paths.push(a);
  }
  if (paths.length !== 2) throw new CliError('corpus build: give SRC (a folder) and OUT (the index file)', 2);
  return { src: paths[0]!, out: paths[1]!, metaPath, allowMissing };
}

/** OUT can be written: its folder exists and is writable, and OUT is not a folder. */
function checkWritable(out: string): void {
  const folder = dirname(resolve(out));
  try {
    if (!statSync(folder).isDirectory()) throw new CliError(`corpus build: cannot write ${out}: ${folder} is not a folder`);
    accessSync(folder, constants.W_OK);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`corpus build: cannot write ${out}: ${code === 'ENOENT' ? `no folder ${folder}` : `${folder} is not writable`}`);
  }
  if (existsSync(out) && statSync(out).isDirectory()) throw new CliError(`corpus build: cannot write ${out}: it is a folder`);
}

/** OUT written whole or not at all (a temporary file beside it, renamed). */
function writeWhole(out: string, text: string): void {
  const temporary = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, out);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw new CliError(`corpus build: cannot write ${out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** The articles of SRC, each a regular file of at most MAX_INPUT_BYTES: checked before any is read. */
function articleFiles(src: string): string[] {
  const files = readdirSync(src)
    .filter((f) => ['.txt', '.html', '.htm'].includes(extname(f).toLowerCase()))
    .sort();
  for (const file of files) checkRegularFile(join(src, file));
  return files;
}

async function build(args: string[]): Promise<number> {
  const { src, out, metaPath, allowMissing } = parseArgs(args);
  checkWritable(out);
  if (!existsSync(src)) {
    if (!allowMissing) throw new CliError(`corpus build: no such folder ${src}`);
    writeWhole(out, JSON.stringify(buildCorpus([])));
    process.stderr.write(`corpus: ${printable(src)} is missing; wrote an empty corpus to ${printable(out)}\n`);
    return 0;
  }
  if (!statSync(src).isDirectory()) throw new CliError(`corpus build: ${src} is not a folder`);
  if (metaPath !== undefined && !existsSync(metaPath)) throw new CliError(`corpus build: no metadata file ${metaPath} (--meta)`);
  const metaFile = metaPath ?? join(src, 'articles.json');
  const meta = existsSync(metaFile) ? readMeta(metaFile) : new Map<string, ArticleMeta>();
  const files = articleFiles(src);
  const statements: Statement[] = [];
  const progress = new Progress(files.length);
  let skipped = 0;
  for (const [i, file] of files.entries()) {
    try {
      const text = await readArticleFile(join(src, file), file);
      const analysis = analyze(text, { stopEarly: false });
      statements.push(...statementsFromArticle(text, analysis, meta.get(file) ?? { file }));
    } catch (err) {
      skipped++;
      progress.clearLine();
      const reason = err instanceof InputError ? err.reason : (err as Error).message;
      process.stderr.write(`corpus: skipped ${printable(basename(file))}: ${printable(reason)}\n`);
    }
    progress.update(i + 1, statements.length, skipped, i + 1 === files.length);
  }
  const index = buildCorpus(statements);
  const json = JSON.stringify(index);
  writeWhole(out, json);
  progress.clearLine();
  process.stderr.write(
    `corpus: ${files.length - skipped} articles, ${statements.length} statements, ${index.terms.length} terms, ${Buffer.byteLength(json)} bytes → ${printable(out)}${skipped ? ` (${skipped} skipped)` : ''}\n`,
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
