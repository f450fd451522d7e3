// Reading the input of a subcommand: a file or stdin, strictly UTF-8 text.
import { readFileSync } from 'node:fs';
import { CliError } from './command';

/** Reads FILE ('-' for stdin) as UTF-8 text; rejects missing, binary, non-UTF-8 and empty input. */
export function readTextInput(path: string): string {
  let bytes: Buffer;
  const label = path === '-' ? 'standard input' : path;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`cannot read ${label}: no such file`);
    if (code === 'EISDIR') throw new CliError(`cannot read ${label}: it is a directory`);
    if (code === 'EACCES') throw new CliError(`cannot read ${label}: permission denied`);
    throw new CliError(`cannot read ${label}: ${(err as Error).message}`);
  }
  if (bytes.includes(0)) throw new CliError(`${label} looks binary (it contains NUL bytes), not text`);
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM, so offsets stay those of the text as read.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${label} is not valid UTF-8 text`);
  }
  if (text.replace(/[\s\uFEFF\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '') === '') {
    throw new CliError(`${label} is empty`);
  }
  return text;
}
