// data/given-names.json, normalized once: given names with their gender, the
// ones that are also common words, and the words for ordinary people that
// stand before a name ("الطالبة", "المزارع").
import data from '../../../data/given-names.json';
import { PhraseMatcher } from '../matcher';
import { normalizeText } from '../text/normalize';
import { perWord } from '../text/vocabulary';
import type { Gender } from '../types';

export interface GivenName {
  /** The name, normalized ("عبد الله" is one name of two words). */
  name: string;
  /** Absent when the name is given to both (كارين). */
  gender?: Gender;
  /** Also a common word or adjective (أمل, نور, سعيد): a name only with more evidence. */
  common: boolean;
  /** Spelled with a final ى (منى, سلمى): printed with ي it is another word ("مني", from me). */
  finalAlifMaqsura?: true;
  /** A common word only as spelled otherwise ("أنا", I, for the name "آنا"): printed as listed, here, the name is no common word. */
  listedApart?: string;
}

export interface GivenNames {
  names: PhraseMatcher<GivenName>;
  /** The names of one word, by their normalized word. */
  byWord: ReadonlyMap<string, GivenName>;
  /** Person nouns with the gender they mark. */
  personNouns: ReadonlyMap<string, Gender>;
  /** "أبو", "أم" before a child's given name, with the gender they mark. */
  kunyas: ReadonlyMap<string, Gender>;
  /** Nouns for a family ("عائلة", "آل") after which a kunya is the family's name. */
  familyNouns: ReadonlySet<string>;
  /** Prepositions and place nouns ("في", "بلدة") after which a kunya is a place's name. */
  placeWords: ReadonlySet<string>;
  /** "يعرفه", "الملقب": a person is known by the kunya after them and "باسم" ("يعرفه الجيران باسم أبو سامي"). */
  knownAsWords: ReadonlySet<string>;
  /** "اسمه", "واسمها": the full name of a kunya named before follows them (persons/known-as.ts). */
  fullNameWords: ReadonlySet<string>;
  /** "الكامل", "الحقيقي": a word that may stand between "اسمه" and the full name. */
  fullNameQualifiers: ReadonlySet<string>;
  /** "وهو", "هذه": an apposition or a demonstrative that goes back to a person named before. */
  backReferences: ReadonlySet<string>;
  /** Given names that are also months ("رمضان"), with the words before and after that make them the month. */
  months: { names: ReadonlySet<string>; before: ReadonlySet<string>; after: ReadonlySet<string> };
  /** Kin nouns in construct ("والد", "زوجة"): the given name after one is the person whose kin they are ("والدة رهف"). */
  kinInConstruct: ReadonlySet<string>;
  /** Words that open an apposition after a name: kin nouns ("، ابنة محمود") and "وهو"/"وهي". */
  appositionWords: ReadonlySet<string>;
  /** Words for years after an age's number ("34 عاما", "5 سنوات"). */
  ageWords: ReadonlySet<string>;
  /** Words that open an age ("البالغة 52 عاما", "البالغ من العمر"), and the numbers written as words ("ثلاثة وأربعين عاما"). */
  ageOpeners: ReadonlySet<string>;
  ageNumberWords: ReadonlySet<string>;
  /** A match report's verbs ("أحرز", "يعادل") and the words after the scorer's name ("هدف", "النتيجة"). */
  scoring: { verbs: ReadonlySet<string>; objects: ReadonlySet<string> };
  /** Words that say what someone is called ("يدعى", "المدعوة", "واسمه"), with the gender they mark. */
  namingWords: ReadonlyMap<string, Gender>;
  /** Naming words after which only a given name of ours opens a name ("اسمها خديجة"; not "ذكر اسمه مدرج …"). */
  namingWordsBeforeGivenName: ReadonlySet<string>;
  /** Where someone comes from, between the one described and the naming word ("صديق من غزة اسمه X"). */
  namingWordsFromPlace: ReadonlySet<string>;
  /** Words that address someone by name ("يا", "شكرا"): a common word's given name right after one is the name. */
  vocatives: ReadonlySet<string>;
  /** Person nouns (without the article) and the titles that name the same role ("طبيبه" → "دكتوره"), both ways. */
  sameRole: ReadonlyMap<string, ReadonlySet<string>>;
}

const normList = (xs: unknown): string[] =>
  (Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => normalizeText(x.trim()));

type Gendered = { female?: unknown; male?: unknown };

/** Each word of both lists with the gender its list marks. */
function byGender(lists: Gendered | undefined): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const w of normList(lists?.male)) out.set(w, 'm');
  for (const w of normList(lists?.female)) out.set(w, 'f');
  return out;
}

/** data/given-names.json as printed (any field may be missing). */
export interface RawGivenNames extends Gendered {
  commonWords?: unknown;
  personNouns?: Gendered & { sameRole?: unknown };
  kunyas?: Gendered & { familyNouns?: unknown; placeWords?: unknown; knownAsWords?: unknown; fullNameWords?: unknown; fullNameQualifiers?: unknown; backReferences?: unknown };
  months?: { names?: unknown; before?: unknown; after?: unknown };
  appositionWords?: unknown;
  kinInConstruct?: unknown;
  ageWords?: unknown;
  ageOpeners?: unknown;
  ageNumberWords?: unknown;
  scoring?: { verbs?: unknown; objects?: unknown };
  namingWords?: Gendered & { beforeGivenName?: unknown; fromPlace?: unknown };
  vocatives?: unknown;
}

export function givenNamesFrom(raw: RawGivenNames): GivenNames {
  const female = new Set(normList(raw.female));
  // ("عبدالرحمن": a name with "عبد" is also printed as one word.)
  const male = new Set(normList(raw.male).flatMap((n) => (n.startsWith('عبد ') ? [n, n.replace(' ', '')] : [n])));
  const asListed = [raw.female, raw.male].flatMap((xs) => (Array.isArray(xs) ? xs : [])).filter((x): x is string => typeof x === 'string');
  const withAlifMaqsura = new Set(asListed.filter((x) => x.trim().endsWith('ى')).map((x) => normalizeText(x.trim())));
  const common = new Set(normList(raw.commonWords));
  const apart = spelledApart(asListed, raw.commonWords);
  const names = new PhraseMatcher<GivenName>();
  const byWord = new Map<string, GivenName>();
  for (const name of new Set([...female, ...male])) {
    const gender: Gender | undefined = female.has(name) && male.has(name) ? undefined : female.has(name) ? 'f' : 'm';
    const given: GivenName = { name, ...(gender ? { gender } : {}), common: common.has(name), ...(withAlifMaqsura.has(name) ? { finalAlifMaqsura: true as const } : {}), ...(apart.has(name) ? { listedApart: apart.get(name)! } : {}) };
    names.add(name, given);
    if (!name.includes(' ')) byWord.set(name, given);
  }
  const familyNouns = new Set(normList(raw.kunyas?.familyNouns));
  const placeWords = new Set(normList(raw.kunyas?.placeWords));
  const months = { names: new Set(normList(raw.months?.names)), before: new Set(normList(raw.months?.before)), after: new Set(normList(raw.months?.after)) };
  return {
    names,
    byWord,
    personNouns: byGender(raw.personNouns),
    kunyas: byGender(raw.kunyas),
    familyNouns,
    placeWords,
    knownAsWords: new Set(normList(raw.kunyas?.knownAsWords)),
    fullNameWords: new Set(normList(raw.kunyas?.fullNameWords)),
    fullNameQualifiers: new Set(normList(raw.kunyas?.fullNameQualifiers)),
    backReferences: new Set(normList(raw.kunyas?.backReferences)),
    months,
    appositionWords: new Set(normList(raw.appositionWords)),
    kinInConstruct: new Set(normList(raw.kinInConstruct)),
    ageWords: new Set(normList(raw.ageWords)),
    ageOpeners: new Set(normList(raw.ageOpeners)),
    ageNumberWords: new Set(normList(raw.ageNumberWords)),
    scoring: { verbs: new Set(normList(raw.scoring?.verbs)), objects: new Set(normList(raw.scoring?.objects)) },
    namingWords: byGender(raw.namingWords),
    namingWordsBeforeGivenName: new Set(normList(raw.namingWords?.beforeGivenName)),
    namingWordsFromPlace: new Set(normList(raw.namingWords?.fromPlace)),
    vocatives: new Set(normList(raw.vocatives)),
    sameRole: sameRoleOf(raw.personNouns?.sameRole),
  };
}

/** Groups of words for one role ([["الطبيبة", "الدكتورة"]]): each word, without its article, → the others. */
function sameRoleOf(groups: unknown): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const group of Array.isArray(groups) ? groups : []) {
    const words = normList(group).map((w) => w.replace(/^ال/, ''));
    for (const w of words) out.set(w, new Set([...(out.get(w) ?? []), ...words.filter((o) => o !== w)]));
  }
  return out;
}

/**
 * Names whose common word is listed with another hamza or madda ("أنا" for the name "آنا"),
 * and no common word as the name is spelled: normalized name → its spelling as listed.
 */
function spelledApart(names: string[], commonWords: unknown): Map<string, string> {
  const listed = new Map(names.map((x) => [normalizeText(x.trim()), x.trim()] as const));
  const commons = (Array.isArray(commonWords) ? commonWords : []).filter((x): x is string => typeof x === 'string').map((x) => x.trim());
  const out = new Map<string, string>();
  for (const c of commons) {
    const name = listed.get(normalizeText(c));
    if (name !== undefined && name !== c && !commons.includes(name)) out.set(normalizeText(c), name);
  }
  return out;
}

/** The given name is a common word as printed here: "آنا" printed so is no "أنا" (I), though both fold into one word. */
export function commonAsPrinted(name: GivenName, printed: string): boolean {
  return name.common && !(name.listedApart !== undefined && printed.replace(/[\u064b-\u0652\u0640]/g, '') === name.listedApart);
}

let bundled: GivenNames | null = null;

/** The bundled list (built on first use). */
export function givenNames(): GivenNames {
  bundled ??= givenNamesFrom(data);
  return bundled;
}

/** A token's word read as a person noun of the bundled list: the word without a و or ف the list lacks it with, and the noun's gender (null: none). */
export interface PersonNounReading {
  bare: string;
  gender: Gender | null;
}

/** The reading of each token's word as a person noun ("والطالبة" → "الطالبة", f), once per word: the person rules ask it at every token. */
export const personNounOf = perWord((word): PersonNounReading => {
  const nouns = givenNames().personNouns;
  const bare = /^[وف]/.test(word) && !nouns.has(word) ? word.slice(1) : word;
  return { bare, gender: nouns.get(bare) ?? null };
});
