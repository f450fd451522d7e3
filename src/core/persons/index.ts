// Persons the gazetteer lacks, found by the rules of ./rules, with every
// later mention of their full name and surname.
import { withoutBylines } from './bylines';
import { linkKunyasKnownAs } from './known-as';
import type { ActorFinder } from '../finder';
import type { PreparedText } from '../matcher';
import type { Gender } from '../types';
import { PERSON_RULES } from './rules';
import { PersonScan, type KnownMentions, type Mention } from './scan';
import { speechAliasMentions } from './speech-aliases';

export type { KnownMentions, Mention } from './scan';

/** Tells which rule found a person (for the rule examples' test). */
export type PersonFoundBy = (key: string, rule: string) => void;

export function unknownPersons(originalText: string, doc: PreparedText, finder: ActorFinder, known: KnownMentions, genders: Map<string, Gender>, onFound?: PersonFoundBy): Mention[] {
  const scan = new PersonScan(originalText, doc, finder, known, genders);
  for (const rule of PERSON_RULES) {
    scan.rule = rule.name;
    rule.apply(scan);
  }
  linkKunyasKnownAs(scan);
  if (onFound) for (const [key, rule] of scan.foundBy) onFound(key, rule);
  const found = scan.mentions();
  const alone = speechAliasMentions(scan, found);
  return withoutBylines(doc, alone.length === 0 ? found : [...found, ...alone].sort((a, b) => a.first - b.first));
}
