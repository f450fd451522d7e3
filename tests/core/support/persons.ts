// What the person tests read off an analysis: the persons found that the
// gazetteer lacks, by name or with every mention as printed.
import { analyze } from '../../../src/core';

const unknownPersonActors = (text: string) => analyze(text, { stopEarly: false }).actors.filter((a) => a.id === null && a.type === 'person');

/** The names of the persons found that the gazetteer lacks. */
export const unknownPersons = (text: string): string[] => unknownPersonActors(text).map((a) => a.name.ar);

/** Each person found that the gazetteer lacks, as their mentions printed and joined by " | ". */
export const personMentions = (text: string): string[] =>
  unknownPersonActors(text).map((a) => a.mentions.map((m) => text.slice(m.start, m.end)).join(' | '));
