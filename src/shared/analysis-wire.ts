// The answer to `sada:analyze` (background → content), and its validator: the
// content script trusts nothing it receives, not even from its own background.
import type { ActorResult, ActorType, Analysis, ConflictScore, QuoteResult } from '../core';

export type AnalysisAnswer = { ok: true; analysis: Analysis } | { ok: false; error: string };

const ACTOR_TYPES: readonly ActorType[] = ['person', 'state', 'organization', 'group', 'media'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isNames = (v: unknown): v is { ar: string; en: string } => isObject(v) && isText(v.ar, 500) && isText(v.en, 500);

/** A [start, end) span inside a text of `length` characters. */
const isSpanIn = (v: Record<string, unknown>, length: number) =>
  Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.start as number) <= (v.end as number) && (v.end as number) <= length;

function isActor(v: unknown, length: number): v is ActorResult {
  if (!isObject(v) || !(v.id === null || isText(v.id, 200)) || !ACTOR_TYPES.includes(v.type as ActorType)) return false;
  if (!isNames(v.name) || !(v.about === null || isNames(v.about)) || !Array.isArray(v.mentions)) return false;
  return v.mentions.every((m) => isObject(m) && isSpanIn(m, length) && isText(m.surface, 500));
}

function isQuote(v: unknown, length: number): v is QuoteResult {
  if (!isObject(v) || !isSpanIn(v, length) || (v.kind !== 'direct' && v.kind !== 'indirect')) return false;
  const s = v.speaker;
  return s === null || (isObject(s) && (s.id === null || isText(s.id, 200)) && isText(s.name, 500) && isSpanIn(s, length));
}

const isConflict = (v: unknown): v is ConflictScore => isObject(v) && isText(v.id, 40) && typeof v.score === 'number' && Number.isFinite(v.score);

/** The analysis in an answer about a text of `length` characters, or null when the answer is malformed or an error. */
export function parseAnalysisAnswer(raw: unknown, length: number): Analysis | null {
  if (!isObject(raw) || raw.ok !== true || !isObject(raw.analysis)) return null;
  const a = raw.analysis;
  if (!isText(a.language, 16) || !Array.isArray(a.conflicts) || !Array.isArray(a.actors) || !Array.isArray(a.quotes)) return null;
  if (!a.conflicts.every(isConflict)) return null;
  if (!a.actors.every((x) => isActor(x, length)) || !a.quotes.every((x) => isQuote(x, length))) return null;
  return a as unknown as Analysis;
}
