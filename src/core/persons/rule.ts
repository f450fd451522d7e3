// What a person rule is: one way a text introduces a person the gazetteer
// lacks, its intent in a line, sentences of our own writing that show it, and
// the rule itself.
import type { PersonScan } from './scan';

export interface PersonExample {
  /** A text of our own writing (never a gold sentence). */
  text: string;
  /** The person's name as the text prints it where the rule finds it. */
  person: string;
}

export interface PersonRule {
  name: string;
  /** Why the rule holds, in one line. */
  why: string;
  examples: PersonExample[];
  /** Finds the persons this rule introduces and adds them to the scan (scan.addName). */
  apply(scan: PersonScan): void;
}
