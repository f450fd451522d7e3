// The reader's memory: the statements of the pages they read (and pages they
// imported), as stored and as exported, with a strict validator for anything
// read back (storage.local or an imported file). A value that fails is refused
// with a message a reader can act on. Version 1 ("sada-user-corpus", pages
// saved by hand) is read and migrated. Pure.
import { CONFLICT_IDS } from '../types';
import { dateKey, type Statement } from './types';

export const MEMORY_FORMAT = 'sada-memory';
export const MEMORY_VERSION = 2;
/** The earlier format: pages the reader saved by hand (migrated on read). */
export const LEGACY_FORMAT = 'sada-user-corpus';

export interface MemoryStatement {
  kind: 'direct' | 'indirect';
  context: string;
  quoteStart: number;
  quoteEnd: number;
  speaker: { id: string | null; name: string } | null;
}

/** Where a page's date came from; 'visit' = the page said nothing, it is the day it was read. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'visit';
export const DATE_SOURCES: readonly DateSource[] = ['json-ld', 'meta', 'time', 'url', 'visit'];

export interface MemoryPage {
  url: string;
  title: string;
  /** The article's date as the page states it, else the day it was read ('YYYY-MM-DD'). */
  date: string;
  dateSource: DateSource;
  /** When it was last read or imported (ISO 8601). */
  savedAt: string;
  /** The site's own name (og:site_name, JSON-LD publisher), else its host. */
  outlet: string | null;
  conflict: string | null;
  statements: MemoryStatement[];
}

export interface MemoryFile {
  format: typeof MEMORY_FORMAT;
  version: typeof MEMORY_VERSION;
  pages: MemoryPage[];
}

export const LIMITS = {
  /** Largest import file, in characters (a full export of 10,000 pages fits). */
  fileChars: 150_000_000,
  pages: 20_000,
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
const ACTOR_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Whether a text holds markup or script that a remembered statement must not (see SCRIPT_LIKE). */
export function looksLikeMarkup(text: string): boolean {
  return SCRIPT_LIKE.test(text);
}

export const isActorId = (id: unknown): id is string => typeof id === 'string' && ACTOR_ID.test(id);

export function emptyMemoryFile(): MemoryFile {
  return { format: MEMORY_FORMAT, version: MEMORY_VERSION, pages: [] };
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
  if (SCRIPT_LIKE.test(v)) fail(`${what} contains markup or script, which a remembered statement never holds`);
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

function statement(v: unknown, where: string): MemoryStatement {
  if (!isPlainObject(v)) fail(`${where} is not an object`);
  if (v.kind !== 'direct' && v.kind !== 'indirect') fail(`${where}: kind must be "direct" or "indirect"`);
  const context = text(v.context, `${where}: context`, LIMITS.contextChars);
  const { quoteStart, quoteEnd } = v;
  if (!Number.isInteger(quoteStart) || !Number.isInteger(quoteEnd) || (quoteStart as number) < 0 || (quoteEnd as number) <= (quoteStart as number) || (quoteEnd as number) > context.length) {
    fail(`${where}: quoteStart/quoteEnd must mark the quote inside its context`);
  }
  let speaker: MemoryStatement['speaker'] = null;
  if (v.speaker !== null && v.speaker !== undefined) {
    if (!isPlainObject(v.speaker)) fail(`${where}: speaker must be an object or null`);
    const id = v.speaker.id;
    if (!(id === null || isActorId(id))) fail(`${where}: speaker id must be null or a Sada actor id`);
    speaker = { id: id as string | null, name: text(v.speaker.name, `${where}: speaker name`, LIMITS.nameChars) };
  }
  return { kind: v.kind, context, quoteStart: quoteStart as number, quoteEnd: quoteEnd as number, speaker };
}

/** A version 1 page said only "the article's date when known, else the day it was saved". */
function legacyDateSource(date: string, savedAt: string): DateSource {
  return savedAt.slice(0, 10) === date ? 'visit' : 'meta';
}

function page(v: unknown, where: string, legacy: boolean): MemoryPage {
  if (!isPlainObject(v)) fail(`${where} is not an object`);
  checkKeys(v);
  const conflict = v.conflict ?? null;
  if (conflict !== null && !(CONFLICT_IDS as readonly unknown[]).includes(conflict)) fail(`${where}: unknown conflict ${JSON.stringify(String(conflict).slice(0, 40))}`);
  const outlet = v.outlet === null || v.outlet === undefined ? null : text(v.outlet, `${where}: outlet`, LIMITS.nameChars);
  if (typeof v.savedAt !== 'string' || v.savedAt.length > 40 || Number.isNaN(Date.parse(v.savedAt))) fail(`${where}: savedAt must be a date and time`);
  if (!Array.isArray(v.statements)) fail(`${where}: statements must be a list`);
  if (v.statements.length > LIMITS.statementsPerPage) fail(`${where} has too many statements (at most ${LIMITS.statementsPerPage})`);
  const date = isoDay(v.date, `${where}: date`);
  let dateSource: DateSource;
  if (legacy) dateSource = legacyDateSource(date, v.savedAt);
  else if (DATE_SOURCES.includes(v.dateSource as DateSource)) dateSource = v.dateSource as DateSource;
  else fail(`${where}: dateSource must be one of ${DATE_SOURCES.join(', ')}`);
  return {
    url: httpUrl(v.url, `${where}: url`),
    title: text(v.title, `${where}: title`, LIMITS.titleChars, true),
    date,
    dateSource,
    savedAt: v.savedAt,
    outlet,
    conflict: conflict as string | null,
    statements: v.statements.map((s, k) => statement(s, `${where}, statement ${k + 1}`)),
  };
}

/** Validates one stored or imported page; builds a fresh object (nothing of the input is kept by reference). */
export function validatePage(value: unknown, where = 'the page', legacy = false): Validation<MemoryPage> {
  try {
    return { ok: true, value: page(value, where, legacy) };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.message };
    throw err;
  }
}

/** Validates a parsed file (this version or version 1); refused whole when any page fails. */
export function validateMemoryFile(value: unknown): Validation<MemoryFile> {
  try {
    if (!isPlainObject(value)) fail('it is not a Sada memory file (expected a JSON object)');
    checkKeys(value);
    const legacy = value.format === LEGACY_FORMAT && value.version === 1;
    if (!legacy) {
      if (value.format !== MEMORY_FORMAT) fail(`it is not a Sada memory file (format must be "${MEMORY_FORMAT}")`);
      if (value.version !== MEMORY_VERSION) fail(`unsupported version ${JSON.stringify(value.version)} (this Sada reads version ${MEMORY_VERSION} and 1)`);
    }
    if (!Array.isArray(value.pages)) fail('"pages" must be a list');
    if (value.pages.length > LIMITS.pages) fail(`too many pages (${value.pages.length}, at most ${LIMITS.pages})`);
    const pages = value.pages.map((p, i) => page(p, `page ${i + 1}`, legacy));
    const urls = new Set<string>();
    for (const p of pages) {
      if (urls.has(p.url)) fail(`the page ${p.url} appears twice`);
      urls.add(p.url);
    }
    return { ok: true, value: { ...emptyMemoryFile(), pages } };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.message };
    throw err;
  }
}

/** Parses and validates an import file's text. */
export function parseMemoryFile(fileText: string): Validation<MemoryFile> {
  if (typeof fileText !== 'string') return { ok: false, error: 'the file is not text' };
  if (fileText.length > LIMITS.fileChars) return { ok: false, error: `the file is too large (${Math.round(fileText.length / 1e6)} MB, at most ${LIMITS.fileChars / 1e6} MB)` };
  let value: unknown;
  try {
    value = JSON.parse(fileText);
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
  const result = validateMemoryFile(value);
  return result.ok ? result : { ok: false, error: `import refused: ${result.error}` };
}

/** The export file: the pages plus when they were exported. */
export function exportMemoryFile(pages: readonly MemoryPage[], now = new Date()): string {
  return JSON.stringify({ format: MEMORY_FORMAT, version: MEMORY_VERSION, exportedAt: now.toISOString(), pages }, null, 1);
}

/** A page's statements as corpus statements, for the index. */
export function pageStatements(p: MemoryPage): Statement[] {
  return p.statements.map((s) => ({
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
    ...(p.dateSource === 'visit' ? { visitDate: true } : {}),
  }));
}
