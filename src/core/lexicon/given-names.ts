// data/given-names.json, normalized once: given names with their gender, the
// ones that are also common words, and the words for ordinary people that
// stand before a name ("الطالبة", "المزارع").
import data from '../../../data/given-names.json';
import { PhraseMatcher } from '../matcher';
import { normalizeText } from '../text/normalize';
import type { Gender } from '../types';

export interface GivenName {
  /** The name, normalized ("عبد الله" is one name of two words). */
  name: string;
  /** Absent when the name is given to both (كارين). */
  gender?: Gender;
  /** Also a common word or adjective (أمل, نور, سعيد): a name only with more evidence. */
  common: boolean;
}

export interface GivenNames {
  names: PhraseMatcher<GivenName>;
  /** Person nouns with the gender they mark. */
  personNouns: ReadonlyMap<string, Gender>;
}

const normList = (xs: unknown): string[] =>
  (Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => normalizeText(x.trim()));

export function givenNamesFrom(raw: { female?: unknown; male?: unknown; commonWords?: unknown; personNouns?: { female?: unknown; male?: unknown } }): GivenNames {
  const female = new Set(normList(raw.female));
  const male = new Set(normList(raw.male));
  const common = new Set(normList(raw.commonWords));
  const names = new PhraseMatcher<GivenName>();
  for (const name of new Set([...female, ...male])) {
    const gender: Gender | undefined = female.has(name) && male.has(name) ? undefined : female.has(name) ? 'f' : 'm';
    names.add(name, { name, ...(gender ? { gender } : {}), common: common.has(name) });
  }
  const personNouns = new Map<string, Gender>();
  for (const w of normList(raw.personNouns?.male)) personNouns.set(w, 'm');
  for (const w of normList(raw.personNouns?.female)) personNouns.set(w, 'f');
  return { names, personNouns };
}

let bundled: GivenNames | null = null;

/** The bundled list (built on first use). */
export function givenNames(): GivenNames {
  bundled ??= givenNamesFrom(data);
  return bundled;
}
