// Reading the input of a subcommand: a file or stdin, as text (UTF-8, or UTF-16
// by its byte-order mark or by the zero bytes its ASCII characters carry), never
// more than MAX_INPUT_BYTES; an HTML page's article once its depth is sane.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { CliError } from './command';
import { articleTextFromHtml } from './html';
import { htmlNestingDepth } from './html-depth';

/** The largest article or page the CLI reads (the analyzer is tested to 5 MB). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** The deepest nesting of elements an HTML page may have (real pages: under 50; jsdom and the article finder take ≈0.8 s at 256, ≈5 s at 2000, more than linearly beyond). */
export const MAX_HTML_DEPTH = 256;
const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Input that cannot be used: `label: reason` (the reason alone where the label is said already). */
export class InputError extends CliError {
  constructor(
    label: string,
    readonly reason: string,
  ) {
    super(`${label}: ${reason}`);
  }
}

/** Why a path cannot be read, in words. */
function readError(err: unknown, label: string): CliError {
  const code = (err as NodeJS.ErrnoException).code;
  if (err instanceof CliError) return err;
  if (code === 'ENOENT') return new InputError(`cannot read ${label}`, 'no such file');
  if (code === 'EISDIR') return new InputError(`cannot read ${label}`, 'it is a directory');
  if (code === 'EACCES') return new InputError(`cannot read ${label}`, 'permission denied');
  return new InputError(`cannot read ${label}`, code ?? (err as Error).message);
}

/**
 * All bytes of a file descriptor, in chunks, failing as soon as there are more
 * than `cap` (so /dev/zero or an endless pipe ends in an error, not in memory).
 */
function readCapped(fd: number, label: string, cap: number): Buffer {
  const stat = fstatSync(fd);
  if (stat.isFile() && stat.size > cap) throw new InputError(label, `too large (${MB(stat.size)}; at most ${MB(cap)})`);
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20); // a non-blocking stdin: wait for data
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > cap) throw new InputError(label, `too large (more than ${MB(cap)})`);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

const inputLabel = (path: string) => (path === '-' ? 'standard input' : path);

/** The bytes of FILE ('-' for stdin), at most `cap`; a FIFO or device given by name is read like stdin. */
export function readBytes(path: string, cap = MAX_INPUT_BYTES): Buffer {
  const label = inputLabel(path);
  if (path === '-') return readCapped(0, label, cap);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return readCapped(fd, label, cap);
  } catch (err) {
    throw readError(err, label);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Throws unless `path` is a regular file of at most `cap` bytes: anything else
 * (a FIFO that would block, a device such as /dev/zero, a socket) is refused
 * before it is opened.
 */
export function checkRegularFile(path: string, cap = MAX_INPUT_BYTES): void {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw readError(err, path);
  }
  if (stat.isFile()) {
    if (stat.size > cap) throw new InputError(path, `too large (${MB(stat.size)}; at most ${MB(cap)})`);
    return;
  }
  const kind = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a FIFO' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : stat.isSocket() ? 'a socket' : 'not a file';
  throw new InputError(path, `not a regular file (${kind})`);
}

/** The bytes of a regular file (checkRegularFile), at most `cap`. */
export function readRegularFile(path: string, cap = MAX_INPUT_BYTES): Buffer {
  checkRegularFile(path, cap);
  return readBytes(path, cap);
}

/** UTF-16 without a byte-order mark: every other byte zero, as ASCII spaces and digits make it. */
function utf16Shape(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 ? zeroOdd++ : zeroEven++;
  if (zeroOdd > 0 && zeroEven === 0) return 'utf-16le';
  if (zeroEven > 0 && zeroOdd === 0) return 'utf-16be';
  return null;
}

/** The encoding the bytes are in, by byte-order mark or shape; null for binary. */
function encodingOf(bytes: Buffer): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (!bytes.includes(0)) return 'utf-8';
  return utf16Shape(bytes);
}

/** A control character other than tab, line breaks and form feed: binary data, not text. */
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F]/;

/**
 * The text of `bytes`: UTF-8 (a leading BOM kept, so offsets are those of the
 * text as read) or UTF-16 (its BOM dropped). Binary, invalid and empty input
 * get one line naming `label`, never the bytes themselves.
 */
export function decodeText(bytes: Buffer, label: string): string {
  const encoding = encodingOf(bytes);
  if (!encoding) throw new InputError(label, 'binary (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' }).decode(bytes);
  } catch {
    throw new InputError(label, encoding === 'utf-8' ? 'not valid UTF-8 text' : `UTF-16 by its shape, but not valid ${encoding.toUpperCase()} text`);
  }
  if (encoding !== 'utf-8' && BINARY_CONTROL.test(text)) throw new InputError(label, 'binary (control bytes), not text');
  if (text.replace(/[\s\uFEFF\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '') === '') throw new InputError(label, 'empty');
  return text;
}

/** Reads FILE ('-' for stdin) as text; rejects missing, binary, undecodable, empty and oversized input. */
export function readTextInput(path: string): string {
  return decodeText(readBytes(path), inputLabel(path));
}

/**
 * The article text of what was read: the text itself, or for an HTML page its
 * main article (html.ts), once the page's nesting depth is known to be sane.
 */
export async function articleText(input: string, label: string, html: boolean): Promise<string> {
  if (!html) return input;
  if (htmlNestingDepth(input, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    throw new InputError(label, `HTML nested more than ${MAX_HTML_DEPTH} elements deep (real pages stay under 50); not read`);
  }
  return articleTextFromHtml(input);
}

/** FILE ('-' for stdin) read as text, and for an HTML page (`html`) its article's text. */
export async function readArticle(path: string, html: boolean): Promise<string> {
  return articleText(readTextInput(path), inputLabel(path), html);
}
