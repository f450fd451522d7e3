// The reader's own corpus: its stored and exported shape, and a strict
// validator for anything read back (storage.local or an imported file). A value
// that fails is refused whole, with a message a reader can act on. Pure.
import { CONFLICT_IDS } from '../types';
import { dateKey, type Statement } from './types';

export const USER_CORPUS_FORMAT = 'sada-user-corpus';
export const USER_CORPUS_VERSION = 1;

export interface UserStatement {
  kind: 'direct' | 'indirect';
  context: string;
  quoteStart: number;
  quoteEnd: number;
  speaker: { id: string | null; name: string } | null;
}

export interface UserPage {
  url: string;
  title: string;
  /** The article's date when known, else the day it was saved ('YYYY-MM-DD'). */
  date: string;
  /** When it was saved (ISO 8601). */
  savedAt: string;
  outlet: string | null;
  conflict: string | null;
  statements: UserStatement[];
}

export interface UserCorpus {
  format: typeof USER_CORPUS_FORMAT;
  version: typeof USER_CORPUS_VERSION;
  pages: UserPage[];
}

export const LIMITS = {
  /** Largest import file, in characters. */
  fileChars: 4_000_000,
  pages: 2000,
  statementsPerPage: 300,
  contextChars: 2000,
  titleChars: 500,
  urlChars: 2048,
  nameChars: 200,
} as const;

export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Markup or script a quote never contains: such a file is hostile or broken. */
const SCRIPT_LIKE = /<\s*\/?\s*(script|iframe|img|svg|object|embed|style|link|meta|form|a)\b|javascript\s*:|\bon[a-z]+\s*=\s*["']/i;

/** Whether a text holds markup or script that a saved statement must not (see SCRIPT_LIKE). */
export function looksLikeMarkup(text: string): boolean {
  return SCRIPT_LIKE.test(text);
}

export function emptyUserCorpus(): UserCorpus {
  return { format: USER_CORPUS_FORMAT, version: USER_CORPUS_VERSION, pages: [] };
}

class Refusal extends Error {}

function fail(message: string): never {
  throw new Refusal(message);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Refuses objects carrying keys that could pollute prototypes, at any depth. */
function checkKeys(v: unknown, depth = 0): void {
  if (depth > 8) fail('the file is nested too deeply');
  if (Array.isArray(v)) for (const x of v) checkKeys(x, depth + 1);
  else if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) fail(`the file contains a forbidden key "${k}"`);
      checkKeys((v as Record<string, unknown>)[k], depth + 1);
    }
  }
}

function text(v: unknown, what: string, max: number, allowEmpty = false): string {
  if (typeof v !== 'string') fail(`${what} must be text`);
  if (!allowEmpty && v.trim() === '') fail(`${what} is empty`);
  if (v.length > max) fail(`${what} is too long (${v.length} characters, at most ${max})`);
  if (SCRIPT_LIKE.test(v)) fail(`${what} contains markup or script, which a saved statement never holds`);
  return v;
}

function httpUrl(v: unknown, what: string): string {
  const s = text(v, what, LIMITS.urlChars);
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    fail(`${what} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`${what} must be an http(s) address`);
  return s;
}

function isoDay(v: unknown, what: string): string {
  if (typeof v !== 'string' || !dateKey(v)) fail(`${what} must be a date YYYY-MM-DD`);
  return v;
}

function statement(v: unknown, where: string): UserStatement {
  if (!isPlainObject(v)) fail(`${where} is not an object`);
  if (v.kind !== 'direct' && v.kind !== 'indirect') fail(`${where}: kind must be "direct" or "indirect"`);
  const context = text(v.context, `${where}: context`, LIMITS.contextChars);
  const { quoteStart, quoteEnd } = v;
  if (!Number.isInteger(quoteStart) || !Number.isInteger(quoteEnd) || (quoteStart as number) < 0 || (quoteEnd as number) <= (quoteStart as number) || (quoteEnd as number) > context.length) {
    fail(`${where}: quoteStart/quoteEnd must mark the quote inside its context`);
  }
  let speaker: UserStatement['speaker'] = null;
  if (v.speaker !== null && v.speaker !== undefined) {
    if (!isPlainObject(v.speaker)) fail(`${where}: speaker must be an object or null`);
    const id = v.speaker.id;
    if (!(id === null || (typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(id)))) fail(`${where}: speaker id must be null or a Sada actor id`);
    speaker = { id: id as string | null, name: text(v.speaker.name, `${where}: speaker name`, LIMITS.nameChars) };
  }
  return { kind: v.kind, context, quoteStart: quoteStart as number, quoteEnd: quoteEnd as number, speaker };
}

function page(v: unknown, i: number): UserPage {
  const where = `page ${i + 1}`;
  if (!isPlainObject(v)) fail(`${where} is not an object`);
  const conflict = v.conflict ?? null;
  if (conflict !== null && !(CONFLICT_IDS as readonly unknown[]).includes(conflict)) fail(`${where}: unknown conflict ${JSON.stringify(String(conflict).slice(0, 40))}`);
  const outlet = v.outlet === null || v.outlet === undefined ? null : text(v.outlet, `${where}: outlet`, LIMITS.nameChars);
  if (typeof v.savedAt !== 'string' || v.savedAt.length > 40 || Number.isNaN(Date.parse(v.savedAt))) fail(`${where}: savedAt must be a date and time`);
  if (!Array.isArray(v.statements)) fail(`${where}: statements must be a list`);
  if (v.statements.length > LIMITS.statementsPerPage) fail(`${where} has too many statements (at most ${LIMITS.statementsPerPage})`);
  return {
    url: httpUrl(v.url, `${where}: url`),
    title: text(v.title, `${where}: title`, LIMITS.titleChars, true),
    date: isoDay(v.date, `${where}: date`),
    savedAt: v.savedAt,
    outlet,
    conflict: conflict as string | null,
    statements: v.statements.map((s, k) => statement(s, `${where}, statement ${k + 1}`)),
  };
}

/** Validates a parsed value as a user corpus; builds a fresh object (nothing of the input is kept by reference). */
export function validateUserCorpus(value: unknown): Validation<UserCorpus> {
  try {
    if (!isPlainObject(value)) fail('it is not a Sada corpus (expected a JSON object)');
    checkKeys(value);
    if (value.format !== USER_CORPUS_FORMAT) fail(`it is not a Sada corpus (format must be "${USER_CORPUS_FORMAT}")`);
    if (value.version !== USER_CORPUS_VERSION) fail(`unsupported version ${JSON.stringify(value.version)} (this Sada reads version ${USER_CORPUS_VERSION})`);
    if (!Array.isArray(value.pages)) fail('"pages" must be a list');
    if (value.pages.length > LIMITS.pages) fail(`too many pages (${value.pages.length}, at most ${LIMITS.pages})`);
    const pages = value.pages.map(page);
    const urls = new Set<string>();
    for (const p of pages) {
      if (urls.has(p.url)) fail(`the page ${p.url} appears twice`);
      urls.add(p.url);
    }
    return { ok: true, value: { format: USER_CORPUS_FORMAT, version: USER_CORPUS_VERSION, pages } };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.message };
    throw err;
  }
}

/** Parses and validates an import file's text. */
export function parseUserCorpusFile(fileText: string): Validation<UserCorpus> {
  if (typeof fileText !== 'string') return { ok: false, error: 'the file is not text' };
  if (fileText.length > LIMITS.fileChars) return { ok: false, error: `the file is too large (${Math.round(fileText.length / 1000)} kB, at most ${LIMITS.fileChars / 1_000_000} MB)` };
  let value: unknown;
  try {
    value = JSON.parse(fileText);
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
  const result = validateUserCorpus(value);
  return result.ok ? result : { ok: false, error: `import refused: ${result.error}` };
}

/** The export file: the corpus plus when it was exported. */
export function exportUserCorpus(corpus: UserCorpus, now = new Date()): string {
  return JSON.stringify({ format: corpus.format, version: corpus.version, exportedAt: now.toISOString(), pages: corpus.pages }, null, 1);
}

/** Adds or replaces pages by URL (imported pages win); the result is validated by the caller before storing. */
export function mergeUserCorpus(base: UserCorpus, incoming: UserCorpus): UserCorpus {
  const byUrl = new Map(base.pages.map((p) => [p.url, p]));
  for (const p of incoming.pages) byUrl.set(p.url, p);
  return { ...emptyUserCorpus(), pages: [...byUrl.values()] };
}

/** The user corpus as statements, for the index. */
export function userStatements(corpus: UserCorpus): Statement[] {
  return corpus.pages.flatMap((p) =>
    p.statements.map((s) => ({
      kind: s.kind,
      context: s.context,
      quoteStart: s.quoteStart,
      quoteEnd: s.quoteEnd,
      speaker: s.speaker,
      date: p.date,
      outlet: p.outlet,
      source: p.url,
      title: p.title,
      conflict: p.conflict,
    })),
  );
}
