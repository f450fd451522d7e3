// The actor finder: the gazetteer's names and titles in one trie, the roles
// that introduce a person the gazetteer lacks, the word lists of
// of data/ (src/core/lexicon.ts, normalized once),
// and the conflict profiles (their places never start a name; the conflict
// stage scores with them). Built once per set of knowledge files.
import { createConflictModel, type ConflictModel } from './conflicts';
import { loadGazetteer } from './gazetteer';
import { BUNDLED_CONFLICTS, conflictDataFrom, type ConflictData } from './knowledge';
import { lexicon } from './lexicon';
import { PhraseMatcher } from './matcher';
import { PREPARED_NAMES } from './prepared-names';
import { phraseWords } from './text/tokens';
import { ScanGroup } from './text/scan-group';
import type { ActorEntry, ConflictId } from './types';

export interface Hit {
  entry: ActorEntry;
  /** A bare title ("وزير الخارجية الروسي"), not a name. */
  title: boolean;
}

export interface ActorFinder {
  entries: ActorEntry[];
  names: PhraseMatcher<Hit>;
  roles: PhraseMatcher<true>;
  complementHeads: ReadonlySet<string>;
  linkers: ReadonlySet<string>;
  stopWords: ReadonlySet<string>;
  namesLikeVerbs: ReadonlySet<string>;
  nameConnectors: ReadonlySet<string>;
  /** Names that are also common words (normalized). */
  ambiguous: ReadonlySet<string>;
  /** Capitals standing for their state (normalized). */
  capitals: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  /** Words after a title that make it a former holder ("السابق"). */
  formerQualifiers: ReadonlySet<string>;
  /** Words before a title that make it someone else's role ("نائب"). */
  titleBlockers: ReadonlySet<string>;
  /** Name particles of data/morphology.json (normalized): "عبد"/"أبو"/"بن" before a surname, "بن"/"ابن", "عبد". */
  surnameParticles: ReadonlySet<string>;
  patronymics: ReadonlySet<string>;
  compoundNameHeads: ReadonlySet<string>;
  /** "وزير", "الوزيرة"...: an organization right after one is a portfolio. */
  ministerWords: ReadonlySet<string>;
  /** Places and coined names of the conflict profiles: never a person's name ("رئيس بلدية خان يونس"). */
  places: PhraseMatcher<true>;
  /** The profiles' strongest terms that are no adjective ("حمص", "خيرسون", not "اليمنية" or "الشرعية"): places a body's name may hold (src/core/bodies). */
  namedPlaces: PhraseMatcher<true>;
  /** Nisba endings ("ي") and the heads that keep a nisba name a person ("السيد"): data/ambiguous.json nisbaNames. */
  nisbaEndings: string[];
  nisbaPersonHeads: ReadonlySet<string>;
  /** The conflicts an actor of these entries belongs to ([] for an id it does not know). */
  conflictsOf: (id: string) => ConflictId[];
  /** The conflict profiles' matchers, for the conflict stage. */
  conflictModel: ConflictModel;
}

/** ي ت ن: an imperfect verb's first letter (data/morphology.json). */
export const IMPERFECT_PREFIXES: ReadonlySet<string> = lexicon.imperfectPrefixes;

/**
 * The gazetteer's names as the finder adds them, normalized ahead (nameWords): build.mjs computes them for
 * the bundled gazetteer (prepared-names.ts), so that the background's first article does not wait for every
 * case form of every name to be made and normalized. `ids` are the entries' ids, in order: the words are
 * taken only for that very list of entries.
 */
export interface PreparedNames {
  ids: readonly string[];
  /** Per entry: its names' case forms, then (after an empty string, when it has any) its titles, each as its words joined by a space. */
  words: readonly (readonly string[])[];
}

/** Each entry's names as createActorFinder adds them (see PreparedNames): for build.mjs. */
export function prepareNames(entries: readonly ActorEntry[]): PreparedNames {
  // A phrase with no word adds nothing (PhraseMatcher.add): it is left out.
  const joined = (phrases: string[]) => phrases.map((phrase) => phraseWords(phrase).join(' ')).filter((words) => words !== '');
  return {
    ids: entries.map((e) => e.id),
    words: entries.map((entry) => {
      const names = joined(entry.names.flatMap((n) => caseForms(n)));
      const titles = joined(entry.titles ?? []);
      return titles.length ? [...names, '', ...titles] : names;
    }),
  };
}

/** `prepared` when it was made for exactly these entries, else null. */
function preparedFor(entries: readonly ActorEntry[], prepared: PreparedNames | null): PreparedNames | null {
  if (!prepared || prepared.ids.length !== entries.length || prepared.words.length !== entries.length) return null;
  return entries.every((e, i) => e.id === prepared.ids[i]) ? prepared : null;
}

/** Entries a step of the names' build adds (a few ms; finderSteps). */
const ENTRIES_PER_STEP = 150;

/** The entries' names and titles, each case form of a name (normalized ahead when `prepared` is theirs), in steps. */
function* nameMatcherSteps(entries: readonly ActorEntry[], prepared: PreparedNames | null): Generator<void, PhraseMatcher<Hit>> {
  const names = new PhraseMatcher<Hit>();
  const ready = preparedFor(entries, prepared);
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && i % ENTRIES_PER_STEP === 0) yield;
    const entry = entries[i]!;
    const asName: Hit = { entry, title: false };
    const asTitle: Hit = { entry, title: true };
    if (ready) {
      let value = asName;
      for (const words of ready.words[i]!) {
        if (words === '') value = asTitle;
        else names.addWords(words.split(' '), value);
      }
      continue;
    }
    for (const n of entry.names) for (const form of caseForms(n)) names.add(form, asName);
    for (const t of entry.titles ?? []) names.add(t, asTitle);
  }
  return names;
}

/** The conflict profiles' places and coined names, and those a body's name may hold. */
function placeMatchers(conflicts: ConflictData): { places: PhraseMatcher<true>; namedPlaces: PhraseMatcher<true> } {
  const places = new PhraseMatcher<true>();
  const namedPlaces = new PhraseMatcher<true>();
  for (const profile of [...conflicts.covered, ...conflicts.others]) {
    for (const signal of profile.signals) {
      if (signal.kind === 'persons') continue;
      for (const term of signal.terms) places.add(term, true);
      if (signal.weight >= 3) for (const term of signal.terms) if (!/(ي|ية|يين|يون)$/.test(term)) namedPlaces.add(term, true);
    }
  }
  // A capital the text names as a place ("في تبليسي"), not as its government, is a place too.
  for (const capital of lexicon.capitals) places.add(capital, true);
  return { places, namedPlaces };
}

/**
 * createActorFinder in steps of a few ms each (it yields between them), so that the background can build the
 * bundled finder ahead of the first article without holding up a message for long (defaultFinderStep).
 */
export function* actorFinderSteps(entries: ActorEntry[], conflicts: ConflictData = BUNDLED_CONFLICTS, prepared: PreparedNames | null = null): Generator<void, ActorFinder> {
  const names = yield* nameMatcherSteps(entries, prepared);
  // Names several actors share: every bearer is a candidate, the text decides (gazetteerMentions).
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const shared of lexicon.sharedNames) {
    for (const id of shared.actors) {
      const entry = byId.get(id);
      if (entry) names.add(shared.name, { entry, title: false });
    }
  }
  yield;
  const { places, namedPlaces } = placeMatchers(conflicts);
  const roleMatcher = new PhraseMatcher<true>();
  for (const r of lexicon.rolePhrases) roleMatcher.add(r, true);
  yield;
  const conflictModel = createConflictModel(conflicts);
  yield;
  // Every text's tokens are scanned by each of these lists: which of them a word may open is read once per token.
  const group = new ScanGroup();
  // (The other matters' terms too: alone, their scan asked every token's own answers, some 16,000 lookups per 100 KB.)
  for (const list of [names, places, namedPlaces, roleMatcher, conflictModel.signals, conflictModel.war, conflictModel.otherMatters]) list.scanWith(group);
  return finderOf(entries, byId, { names, roles: roleMatcher, places, namedPlaces, conflictModel });
}

/** The finder from its matchers and the lexicon's word lists. */
function finderOf(
  entries: ActorEntry[],
  byId: ReadonlyMap<string, ActorEntry>,
  parts: Pick<ActorFinder, 'names' | 'roles' | 'places' | 'namedPlaces' | 'conflictModel'>,
): ActorFinder {
  return {
    entries,
    conflictsOf: (id) => byId.get(id)?.conflicts ?? [],
    ...parts,
    complementHeads: lexicon.complementHeads,
    linkers: lexicon.linkers,
    stopWords: lexicon.stopWords,
    namesLikeVerbs: lexicon.namesLikeVerbs,
    nameConnectors: lexicon.nameConnectors,
    ambiguous: lexicon.ambiguousNames,
    capitals: lexicon.capitals,
    // One list of speech verbs (data/speech-verbs.json), plus the verbs after which a name comes ("استقبل", "زار").
    speechVerbs: new Set([...lexicon.verbWords, ...lexicon.verbsBeforeNames]),
    formerQualifiers: lexicon.formerQualifiers,
    titleBlockers: lexicon.titleBlockers,
    surnameParticles: lexicon.surnameParticles,
    patronymics: lexicon.patronymics,
    compoundNameHeads: lexicon.compoundNameHeads,
    ministerWords: lexicon.ministerWords,
    nisbaEndings: lexicon.nisbaEndings,
    nisbaPersonHeads: lexicon.nisbaPersonHeads,
  };
}

/** Runs steps to their end. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Builds the matcher for a list of actors (done once for the bundled gazetteer; its names normalized ahead when `prepared` is theirs). */
export function createActorFinder(entries: ActorEntry[], conflicts: ConflictData = BUNDLED_CONFLICTS, prepared: PreparedNames | null = null): ActorFinder {
  return finish(actorFinderSteps(entries, conflicts, prepared));
}

/** A name and its other case forms: "المتمردون الحوثيون" → also "المتمردين الحوثيين". */
export function caseForms(name: string): string[] {
  const words = name.split(/\s+/);
  let changed = false;
  const other = words.map((w) => {
    for (const p of lexicon.caseSuffixPairs) {
      if (p.definiteOnly && (!w.startsWith('ال') || w.length < (p.minLength ?? 0))) continue;
      if (w.endsWith(p.a)) {
        changed = true;
        return w.slice(0, -p.a.length) + p.b;
      }
      if (w.endsWith(p.b)) {
        changed = true;
        return w.slice(0, -p.b.length) + p.a;
      }
    }
    return w;
  });
  return changed ? [name, other.join(' ')] : [name];
}

let bundled: ActorFinder | null = null;
/** The bundled finder's build when started step by step (defaultFinderStep) and not finished yet. */
let building: Generator<void, ActorFinder> | null = null;

/** A finder for other knowledge files (file name → parsed JSON): a fixture folder, a new conflict. */
export function finderFromFiles(actorFiles: Record<string, unknown>, conflictFiles: Record<string, unknown>): ActorFinder {
  const conflicts = conflictDataFrom(conflictFiles);
  return createActorFinder(loadGazetteer(actorFiles, conflicts.covered.map((c) => c.id)), conflicts);
}

const bundledSteps = () => actorFinderSteps(loadGazetteer(), BUNDLED_CONFLICTS, PREPARED_NAMES);

/** The finder for the bundled gazetteer, built on first use (with its names normalized at build time in a bundle), or its build finished. */
export function defaultActorFinder(): ActorFinder {
  if (!bundled) {
    bundled = finish(building ?? bundledSteps());
    building = null;
  }
  return bundled;
}

/** One step of the bundled finder's build (a few ms): true once it is built. The same finder as defaultActorFinder's. */
export function defaultFinderStep(): boolean {
  if (bundled) return true;
  building ??= bundledSteps();
  const step = building.next();
  if (!step.done) return false;
  bundled = step.value;
  building = null;
  return true;
}

