// Long texts in parts: where a text is cut, and how the parts' results become one.
import type { ActorResult, Analysis, ConflictScore, Span } from './types';

/** Texts up to this length are analyzed whole (a news article is far shorter). */
export const ANALYZE_WHOLE_MAX_CHARS = 40_000;
/** The size of a part of a longer text (a page's main thread gets its turn between parts). */
export const ANALYZE_PART_CHARS = 20_000;

/** The parts of a text: one when it is short, else ~ANALYZE_PART_CHARS each, cut at paragraph breaks. */
export function analysisParts(text: string): Span[] {
  if (text.length <= ANALYZE_WHOLE_MAX_CHARS) return [{ start: 0, end: text.length }];
  const parts: Span[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + ANALYZE_PART_CHARS);
    if (to < text.length) {
      // Cut at the paragraph break nearest the part's size (a quote and its speaker stay together).
      // (Searched within the part's reach only: a search to the text's end or back to its start at
      // every part made a text without paragraph breaks quadratic, 4 MB of one paragraph 261 ms, 16 MB 4.9 s.)
      const after = firstIn(text, '\n\n', to, from + ANALYZE_PART_CHARS * 1.5 + 1);
      const before = lastIn(text, '\n\n', from + 1, to);
      if (after >= 0) to = after;
      else if (before > from) to = before;
      else to = softBreakBefore(text, from, to);
    }
    parts.push({ start: from, end: to });
    from = to;
  }
  return parts;
}

export interface PartResult {
  from: number;
  length: number;
  analysis: Analysis;
}

/**
 * One result from the parts: offsets shifted, an actor's mentions gathered
 * under one entry, a conflict's best score kept, the language of most of the
 * text; nothing but language and conflicts when that is not Arabic conflict news.
 */
export function mergeParts(parts: PartResult[]): Analysis {
  const merged: Analysis = { language: 'und', conflicts: [], actors: [], quotes: [] };
  const actorByKey = new Map<string, ActorResult>();
  const conflictScores = new Map<string, number>();
  const languages = new Map<string, number>();
  for (const { from, length, analysis: part } of parts) {
    languages.set(part.language, (languages.get(part.language) ?? 0) + length);
    for (const c of part.conflicts) conflictScores.set(c.id, Math.max(conflictScores.get(c.id) ?? 0, c.score));
    for (const actor of part.actors) {
      const key = actor.id ?? `?${actor.name.ar}`;
      let entry = actorByKey.get(key);
      if (!entry) {
        entry = { ...actor, mentions: [] };
        actorByKey.set(key, entry);
        merged.actors.push(entry);
      }
      for (const m of actor.mentions) entry.mentions.push({ start: m.start + from, end: m.end + from, surface: m.surface });
    }
    for (const q of part.quotes) {
      // (Literals, not spreads: a spread with keys added costs microseconds per object.)
      const s = q.speaker;
      const speaker = s ? { id: s.id, name: s.name, start: s.start + from, end: s.end + from } : null;
      merged.quotes.push({ start: q.start + from, end: q.end + from, kind: q.kind, speaker });
    }
  }
  merged.language = [...languages].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  merged.conflicts = [...conflictScores].map(([id, score]) => ({ id, score }) as ConflictScore).sort((a, b) => b.score - a.score);
  if (merged.language !== 'ar' || merged.conflicts.length === 0) return { ...merged, actors: [], quotes: [] };
  return merged;
}

/** In a text without paragraph breaks: the last line break, else sentence end, else space before `to` (never a word cut in two). */
function softBreakBefore(text: string, from: number, to: number): number {
  for (const mark of ['\n', '. ', '، ', ' ']) {
    const at = lastIn(text, mark, from + 1, to);
    if (at > from) return at + (mark === '\n' ? 0 : mark.length - 1);
  }
  return to;
}

/** text.indexOf(mark, from), where it starts before `to` (else -1): nothing read past the window. */
function firstIn(text: string, mark: string, from: number, to: number): number {
  const at = text.slice(from, Math.min(text.length, to + mark.length - 1)).indexOf(mark);
  return at < 0 ? -1 : from + at;
}

/** text.lastIndexOf(mark, to), where it starts at `from` or later (else -1): nothing read before the window. */
function lastIn(text: string, mark: string, from: number, to: number): number {
  const at = text.slice(from, Math.min(text.length, to + mark.length)).lastIndexOf(mark);
  return at < 0 ? -1 : from + at;
}
