// What a subject rule is: one way the words after a speech cue name (or leave
// out) who speaks, its intent in a line, sentences of our own writing that
// show it, and the rule itself.
import type { Resolution } from '../../model';
import type { SubjectZone } from '../zone';

export interface SubjectExample {
  /** A text of our own writing (never a gold sentence) with one direct quote. */
  text: string;
  /** The quoted words, as in the text. */
  quote: string;
  /** The speaker as the text prints them, or null when nobody is named. */
  speaker: string | null;
}

export interface SubjectRule {
  name: string;
  /** Why the rule holds, in one line. */
  why: string;
  examples: SubjectExample[];
  /** The cue's subject when the rule decides; undefined when it has nothing to say. */
  apply(zone: SubjectZone): Resolution | undefined;
}
