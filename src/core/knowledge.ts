// The conflicts Sada knows, read from data files: the profiles of
// data/conflicts/*.json (through the generated index, or any other set of files
// such as a test's fixture folder). A new conflict is a profile file, actors in
// data/actors/ and its locale strings (`conflict_<id>` in _locales): no code.
import { conflictIds } from './conflict-ids.generated';
import { conflictFiles } from './conflicts.generated';

export interface ConflictSignal {
  weight: number;
  terms: string[];
  /** "persons": names of people, evidence but never places. */
  kind?: string;
}

export interface ConflictProfile {
  id: string;
  name: { ar: string; en: string };
  signals: ConflictSignal[];
}

/** Everything the conflict stage reads: the covered conflicts, the ones it does not cover, the words of war. */
export interface ConflictData {
  /** Conflicts Sada reports, in their `order`. */
  covered: ConflictProfile[];
  /** Topics that compete for a page but are never reported (Lebanon, Iran: data/conflicts/others.json). */
  others: ConflictProfile[];
  /** Words of the matter of war: fighting, displacement, prisoners, peace talks (data/conflicts/common.json). */
  warTerms: string[];
  /** Words naming the war itself, the backdrop of many other stories: each counts half a word of war. */
  backdropTerms: string[];
  /** Words of life under the war (power cuts, queues, shortages, cholera, ruins): each counts half a word of war. */
  hardshipTerms: string[];
  /** Other matters a page may be about (sport, the economy, culture…), each with its words (data/conflicts/common.json otherMatters). */
  otherMatters: Record<string, string[]>;
  /** Endings a one-word war term also takes (feminine, sound plurals, the accusative alif): النازح → النازحة، نازحون. */
  termEndings: string[];
  /** Endings taken off a one-word war term to find its stem (not the plural ات: مسيرات must not give مسيرة). */
  stemEndings: string[];
}

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

function toProfile(raw: Record<string, unknown>): ConflictProfile | null {
  if (typeof raw.id !== 'string' || !raw.id || !Array.isArray(raw.signals)) return null;
  const name = isObject(raw.name) ? raw.name : {};
  const signals = raw.signals.filter(isObject).map((s) => ({
    weight: typeof s.weight === 'number' ? s.weight : 1,
    terms: strings(s.terms),
    ...(typeof s.kind === 'string' ? { kind: s.kind } : {}),
  }));
  return { id: raw.id, name: { ar: String(name.ar ?? raw.id), en: String(name.en ?? raw.id) }, signals };
}

/**
 * The conflict data of a set of files (file name → parsed JSON): a file with
 * `id` and `signals` is a covered conflict, one with `profiles` lists others,
 * one with `warTerms` (and `backdropTerms`, `hardshipTerms`) the words of war, and `otherMatters` those of other
 * matters. Malformed entries are skipped.
 */
export function conflictDataFrom(files: Record<string, unknown>): ConflictData {
  const covered: Array<ConflictProfile & { order: number }> = [];
  const others: ConflictProfile[] = [];
  const warTerms: string[] = [];
  const backdropTerms: string[] = [];
  const hardshipTerms: string[] = [];
  const termEndings: string[] = [];
  const stemEndings: string[] = [];
  const otherMatters: Record<string, string[]> = {};
  for (const name of Object.keys(files).sort()) {
    const file = files[name];
    if (!isObject(file)) continue;
    const profile = toProfile(file);
    if (profile) covered.push({ ...profile, order: typeof file.order === 'number' ? file.order : Number.MAX_SAFE_INTEGER });
    if (Array.isArray(file.profiles)) {
      for (const p of file.profiles.filter(isObject).map(toProfile)) if (p) others.push({ ...p, id: `other:${p.id}` });
    }
    warTerms.push(...strings(file.warTerms));
    backdropTerms.push(...strings(file.backdropTerms));
    hardshipTerms.push(...strings(file.hardshipTerms));
    termEndings.push(...strings(file.termEndings));
    stemEndings.push(...strings(file.stemEndings));
    if (isObject(file.otherMatters)) for (const [matter, terms] of Object.entries(file.otherMatters)) if (matter !== '_comment') (otherMatters[matter] ??= []).push(...strings(terms));
  }
  covered.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { covered: covered.map(({ order: _order, ...p }) => p), others, warTerms, backdropTerms, hardshipTerms, otherMatters, termEndings, stemEndings };
}

/** The bundled conflict data (data/conflicts/*.json). */
export const BUNDLED_CONFLICTS: ConflictData = /* @__PURE__ */ conflictDataFrom(conflictFiles);

/** The ids of the bundled conflicts, in their order (generated at build time: the same as BUNDLED_CONFLICTS.covered's). */
export const CONFLICT_IDS: readonly string[] = conflictIds;
