// The analyzer's public shapes. Offsets are UTF-16 indices into the text the
// caller passed in, `end` exclusive (see ../shared/eval/GUIDELINES.md).

/** A conflict's id: the `id` of its profile in data/conflicts/ (CONFLICT_IDS lists the bundled ones). */
export type ConflictId = string;
export { CONFLICT_IDS } from './knowledge';

export type ActorType = 'person' | 'state' | 'organization' | 'group' | 'media';
export type Gender = 'm' | 'f';

export interface Span {
  start: number;
  end: number;
}

/** One actor as the gazetteer (data/actors/*.json) describes it. */
export interface ActorEntry {
  id: string;
  type: ActorType;
  /** Display names. */
  ar: string;
  en: string;
  /** One line for the hover card: role, country or side. */
  about: { ar: string; en: string };
  /** Grammatical gender used by "وأضاف"/"وأضافت" carry-over. */
  gender: Gender;
  conflicts: ConflictId[];
  /** Spellings Arabic outlets print; matched after normalization and behind proclitics. */
  names: string[];
  /** Bare titles that name this actor alone ("وزير الخارجية الروسي"); matched as mentions too. */
  titles?: string[];
  /** A state's nationality adjectives, masculine with ال ("الإماراتي"), as data/actors prints them. */
  adjectives?: string[];
}

export interface ConflictScore {
  id: ConflictId;
  score: number;
}

export interface ActorResult {
  /** Gazetteer id, or null for a person the text introduces by role but the gazetteer lacks. */
  id: string | null;
  type: ActorType;
  name: { ar: string; en: string };
  about: { ar: string; en: string } | null;
  mentions: Array<Span & { surface: string }>;
  /** Grammatical gender from the gazetteer (for "وأضاف"/"وأضافت" carry-over); absent when unknown. */
  gender?: Gender;
}

export interface SpeakerRef extends Span {
  id: string | null;
  name: string;
}

export interface QuoteResult extends Span {
  kind: 'direct' | 'indirect';
  speaker: SpeakerRef | null;
}

export interface Analysis {
  language: string;
  conflicts: ConflictScore[];
  actors: ActorResult[];
  quotes: QuoteResult[];
}
