// What a speaker rule is: one way a direct quote finds who said it, its intent
// in a line, sentences of our own writing that show it, and the rule itself.
import type { Cue, Mention } from '../model';
import type { SpeakerRef } from '../../types';
import type { Interview } from '../interview';

/** What a rule may look at for one direct quote. */
export interface QuoteZone {
  text: string;
  /** Where the opening mark starts and the closing mark ends. */
  outerStart: number;
  outerEnd: number;
  /** Every cue of the text, in order, and their starts (for binary search). */
  cues: Cue[];
  cueStarts: number[];
  /** Actor mentions (outlets left out), in order, and their starts. */
  mentions: Mention[];
  mentionStarts: number[];
  /** Where the quote's sentence starts (after the previous direct quote at the latest). */
  sentenceFrom: number;
  /** The direct quote before this one and who said it. */
  previous: { outerEnd: number; speaker: SpeakerRef | null } | null;
  /** The text's interview, when it is written up as questions and answers. */
  interview: Interview | null;
}

export interface RuleExample {
  /** A text of our own writing (never a gold sentence). */
  text: string;
  /** The quoted words, as in the text. */
  quote: string;
  /** The speaker as the text prints them, or null when the rule says nobody is named. */
  speaker: string | null;
}

export interface SpeakerRule {
  name: string;
  /** Why the rule holds, in one line. */
  why: string;
  examples: RuleExample[];
  /** The speaker (null: an anonymous source) when the rule decides; undefined when it has nothing to say. */
  apply(zone: QuoteZone): { speaker: SpeakerRef | null } | undefined;
}
