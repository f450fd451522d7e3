// Actor mentions: gazetteer names and titles (one trie, one linear scan,
// longest match wins), then persons the gazetteer lacks but the text
// introduces by a role ("المتحدث باسم وزارة الصحة أنيس الأصبحي"), with later
// mentions of their surname.
import morphology from '../../data/morphology.json';
import { inSetBehindConjunction, isConjunction, isPreposition, isProclitic } from './clitics';
import { defaultActorFinder, IMPERFECT_PREFIXES, type ActorFinder, type Hit } from './finder';
import { normalizeText, PhraseMatcher, prepare, procliticReadings, toOriginal, type PhraseMatch, type PreparedText, type Token } from './matcher';
import { afterBodyName, afterDoctorTitle } from './role-names';
import type { ActorEntry, ActorResult, Gender, Span } from './types';

export { caseForms, createActorFinder, defaultActorFinder, type ActorFinder } from './finder';

/** Object and possessive pronouns as printed (ها هم هما كم, ته with ه not ة: "وثقته"), never the end of a name's first word. */
const POSSESSIVE_ENDINGS = /(ها|هم|هما|كم|ته)$/;

interface Mention {
  /** Token range. */
  first: number;
  end: number;
  /** Normalized offsets (proclitics excluded). */
  start: number;
  stop: number;
  key: string;
}

/** Every actor mention in the text, grouped by actor (gazetteer + persons introduced by role). */
export function findActors(text: string, finder: ActorFinder = defaultActorFinder(), prepared?: PreparedText): ActorResult[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const doc = prepared ?? prepare(text);
  const known = gazetteerMentions(text, doc, finder);
  known.mentions.push(...surnameMentions(doc, finder, known));
  const genders = new Map<string, Gender>();
  const unknown = unknownPersons(text, doc, finder, { ...known, genders });

  const groups = new Map<string, ActorResult>();
  const add = (key: string, make: () => ActorResult, m: Mention) => {
    let group = groups.get(key);
    if (!group) {
      group = make();
      groups.set(key, group);
    }
    const span = toOriginal(doc, m.start, m.stop);
    group.mentions.push({ ...span, surface: text.slice(span.start, span.end) });
  };
  for (const m of known.mentions) {
    const entry = known.byKey.get(m.key)!;
    add(m.key, () => resultFor(entry), m);
  }
  for (const m of unknown) {
    const gender = genders.get(m.key);
    add(m.key, () => ({ id: null, type: 'person', name: { ar: '', en: '' }, about: null, ...(gender ? { gender } : {}), mentions: [] }), m);
  }
  const results = [...groups.values()];
  // A person the gazetteer lacks is named by the longest way the text wrote them.
  for (const r of results) {
    if (r.id === null) r.name.ar = r.mentions.reduce((a, b) => (b.surface.length > a.length ? b.surface : a), '');
  }
  for (const r of results) r.mentions.sort((a, b) => a.start - b.start);
  results.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return results;
}

function resultFor(entry: ActorEntry): ActorResult {
  return {
    id: entry.id,
    type: entry.type,
    name: { ar: entry.ar, en: entry.en },
    about: entry.about,
    gender: entry.gender,
    mentions: [],
  };
}

/** Gap between two adjacent tokens is spaces/quotes, or a single comma. */
function softGap(doc: PreparedText, a: Token, b: Token): boolean {
  if (a.joinsNext) return true;
  const gap = doc.norm.text.slice(a.end, b.start).trim();
  return gap === '،' || gap === ',';
}

/**
 * Tanween on the last word ("نائبا بريطانيًّا") marks an indefinite adjective or
 * noun; a proper name never takes it, so such a word is not the country.
 */
function endsWithTanween(text: string, doc: PreparedText, token: Token): boolean {
  const span = toOriginal(doc, token.start, token.end);
  for (let i = span.start; i < Math.min(span.end + 2, text.length); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x064b && c <= 0x064d) return true;
  }
  return false;
}

function gazetteerMentions(text: string, doc: PreparedText, finder: ActorFinder) {
  const { tokens } = doc;
  const raw = finder.names.scan(tokens).filter((m) => !endsWithTanween(text, doc, tokens[m.endToken - 1]!));
  const byKey = new Map<string, ActorEntry>();
  const picked: Array<{ match: PhraseMatch<Hit>; entry: ActorEntry; title: boolean; candidates: ActorEntry[] }> = [];

  for (let i = 0; i < raw.length; i++) {
    const match = raw[i]!;
    const names = match.values.filter((h) => !h.title);
    if (names.length > 0) {
      const candidates = [...new Set(names.map((h) => h.entry))];
      picked.push({ match, entry: candidates[0]!, title: false, candidates });
      continue;
    }
    // A title. An actor named inside it ("المتحدثة باسم وزارة الخارجية
    // الروسية") is the mention, not the title.
    const inner: PhraseMatch<Hit>[] = [];
    for (let k = match.firstToken + 1; k < match.endToken; ) {
      const m = finder.names.longestAt(tokens, k, match.endToken, (h) => !h.title);
      if (m) {
        inner.push(m);
        k = m.endToken;
      } else k++;
    }
    if (inner.length > 0) {
      for (const m of inner) {
        const candidates = [...new Set(m.values.map((h) => h.entry))];
        picked.push({ match: m, entry: candidates[0]!, title: false, candidates });
      }
      continue;
    }
    // "الرئيس الروسي السابق", "نائب الرئيس الروسي": someone else.
    const after0 = tokens[match.endToken];
    if (after0 && tokens[match.endToken - 1]!.joinsNext && finder.formerQualifiers.has(after0.text)) continue;
    const before = tokens[match.firstToken - 1];
    if (before && before.joinsNext && isTitleBlocker(before.text, finder)) continue;
    // A title followed by a name: the name is the mention.
    const next = raw[i + 1];
    const after = tokens[match.endToken];
    if (after && softGap(doc, tokens[match.endToken - 1]!, after)) {
      if (next && next.firstToken === match.endToken && next.values.some((h) => !h.title)) continue;
      if (!next || next.firstToken !== match.endToken) {
        if (looksLikeNameStart(after.text, finder) && tokens[match.endToken]!.joinsNext && looksLikeNameStart(tokens[match.endToken + 1]?.text ?? '', finder, true)) continue;
      }
    }
    const candidates = [...new Set(match.values.map((h) => h.entry))];
    picked.push({ match, entry: candidates[0]!, title: true, candidates });
  }

  // A name shared by several actors goes to the one the text names most otherwise.
  // On a tie, the one whose conflicts the other actors of the text belong to (actors of few conflicts vote).
  const counts = new Map<ActorEntry, number>();
  const conflictVotes = new Map<string, number>();
  for (const p of picked) {
    if (p.candidates.length !== 1) continue;
    counts.set(p.entry, (counts.get(p.entry) ?? 0) + 1);
    // An actor of one conflict votes for it; one of two or three splits its vote ("الحوثيون": Yemen and Gaza).
    const own = p.entry.conflicts;
    if (own.length <= 3) for (const c of own) conflictVotes.set(c, (conflictVotes.get(c) ?? 0) + 1 / own.length);
  }
  const rank = (e: ActorEntry) => (counts.get(e) ?? 0) * 1e6 + e.conflicts.reduce((sum, c) => sum + (conflictVotes.get(c) ?? 0), 0);
  const resolved = picked.map((p) => {
    let entry = p.entry;
    if (p.candidates.length > 1) {
      entry = p.candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a));
    }
    const surface = doc.norm.text.slice(p.match.start, p.match.end);
    const isAmbiguous = finder.ambiguous.has(surface);
    // "الكويت" is the country and its capital alike: a capital only where the state is not named so.
    const isCapital = entry.type === 'state' && finder.capitals.has(surface) && normalizeText(entry.ar) !== surface;
    return { ...p, entry, isAmbiguous, isCapital };
  });
  // A capital counts where the text names its state otherwise ("روسيا" … "موسكو").
  const namedOtherwise = new Set(resolved.filter((p) => !p.isCapital && !p.isAmbiguous).map((p) => p.entry));
  // A name that is also a common word ("سريع") needs support: the same actor
  // named unambiguously, or two other actors of one of its conflicts.
  const clearly = namedOtherwise;
  const supported = (entry: ActorEntry) => {
    if (clearly.has(entry)) return true;
    let others = 0;
    for (const other of clearly) {
      if (other.conflicts.length > 0 && other.conflicts.length <= 2 && other.conflicts.some((c) => entry.conflicts.includes(c))) others++;
      if (others >= 2) return true;
    }
    return false;
  };
  const mentions: Mention[] = [];
  const personStarts = new Set<number>();
  for (const p of resolved) {
    const entry = p.entry;
    if (p.isAmbiguous && !supported(entry)) continue;
    // "بن سلمان" in "عبد العزيز بن سلمان": the tail of someone else's name.
    if (entry.type === 'person' && tailOfLongerName(tokens, p.match.firstToken, finder)) continue;
    // "إنهاء الانقلاب الحوثي": a one-word nisba name after a definite noun is its adjective.
    if (entry.type === 'person' && nisbaAdjective(tokens, p.match, finder)) continue;
    // "وزيرة الخارجية البريطانية" is a minister's title, not the ministry ("الخارجية البريطانية").
    if (entry.type === 'organization' && p.match.proclitic === '' && tokens[p.match.firstToken]!.text.startsWith('ال') && afterMinisterWord(tokens, p.match.firstToken, finder)) continue;
    // "حذرت أنقرة من أن ...": a capital right after a speech verb is the government speaking.
    if (p.isCapital && !namedOtherwise.has(entry) && !afterSpeechVerb(tokens, p.match.firstToken, finder)) continue;
    byKey.set(entry.id, entry);
    if (entry.type === 'person') personStarts.add(p.match.firstToken);
    mentions.push({ first: p.match.firstToken, end: p.match.endToken, start: p.match.start, stop: p.match.end, key: entry.id });
  }
  return { mentions, byKey, personStarts };
}

/**
 * A gazetteer person named in full ("أسامة حمدان") is named by the surname
 * alone later on ("وأضاف حمدان"), though the gazetteer lists no bare surname
 * (it may be shared: "حمدان" in "محمد حمدان دقلو"). Only surnames that belong
 * to one person named in this text, and are no common word, count.
 */
function surnameMentions(doc: PreparedText, finder: ActorFinder, known: { mentions: Mention[]; byKey: Map<string, ActorEntry> }): Mention[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  for (const m of known.mentions) covered.fill(1, m.first, m.end);
  const owners = new Map<string, Set<string>>();
  for (const m of known.mentions) {
    if (known.byKey.get(m.key)?.type !== 'person' || m.end - m.first < 2) continue;
    const last = tokens[m.end - 1]!.text;
    const before = tokens[m.end - 2]!.text;
    const surname = finder.surnameParticles.has(before) ? `${before} ${last}` : last;
    if (surname.length < 3 || finder.stopWords.has(surname) || finder.ambiguous.has(surname) || finder.nameConnectors.has(last)) continue;
    if (!owners.has(surname)) owners.set(surname, new Set());
    owners.get(surname)!.add(m.key);
  }
  if (owners.size === 0) return [];
  const surnames = new PhraseMatcher<string>();
  for (const [surname, keys] of owners) if (keys.size === 1) surnames.add(surname, [...keys][0]!);
  const out: Mention[] = [];
  for (const m of surnames.scan(tokens)) {
    let free = true;
    for (let k = m.firstToken; k < m.endToken; k++) if (covered[k]) free = false;
    // Another name word right before it: part of someone else's name ("محمد حمدان دقلو" is no "حمدان").
    const prev = tokens[m.firstToken - 1];
    if (prev && prev.joinsNext && m.proclitic === '' && looksLikeNameStart(prev.text, finder) && !isRoleOrVerbLike(tokens, m.firstToken - 1, finder)) free = false;
    const next = tokens[m.endToken];
    if (next && tokens[m.endToken - 1]!.joinsNext && covered[m.endToken]) free = false;
    if (free) out.push({ first: m.firstToken, end: m.endToken, start: m.start, stop: m.end, key: m.values[0]! });
  }
  return out;
}

/** Words before a surname that are not a first name: "وأضاف", "العميد". */
function isRoleOrVerbLike(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const word = tokens[at]!.text;
  if (finder.stopWords.has(word) || inSetBehindConjunction(finder.speechVerbs, word)) return true;
  return finder.roles.longestAt(tokens, at, at + 1) !== null;
}

function afterMinisterWord(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const prev = tokens[at - 1];
  return !!prev && prev.joinsNext && inSetBehindConjunction(finder.ministerWords, prev.text);
}

/** A name opening with "بن"/"ابن" right after a first name ("عبد العزيز بن سلمان", "خالد بن سلمان"). */
function tailOfLongerName(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const first = tokens[at]!.text;
  if (!finder.patronymics.has(first)) return false;
  const prev = tokens[at - 1];
  if (!prev || !prev.joinsNext) return false;
  if (tokens[at - 2]?.joinsNext && finder.compoundNameHeads.has(tokens[at - 2]!.text)) return true;
  return looksLikeNameStart(prev.text, finder) && !isRoleOrVerbLike(tokens, at - 1, finder);
}

/**
 * A one-word name shaped like a nisba ("الحوثي") right after a definite noun
 * ("الانقلاب الحوثي", "بالوفد الحوثي") is an adjective, unless that noun phrase
 * goes back to a role ("وزير الخارجية الشيباني", "الرئيس العليمي") or a
 * person head ("السيد الحوثي"). A conjunction glued to the name ("والحوثي")
 * coordinates it: the person.
 */
function nisbaAdjective(tokens: Token[], match: PhraseMatch<Hit>, finder: ActorFinder): boolean {
  const at = match.firstToken;
  if (match.endToken !== at + 1 || match.proclitic !== '') return false;
  const word = tokens[at]!.text;
  if (!word.startsWith('ال') || !finder.nisbaEndings.some((e) => word.endsWith(e))) return false;
  const definite = (w: string) => procliticReadings(w).some(([, stem]) => stem.startsWith('ال') && stem.length > 3);
  const isHead = (j: number) =>
    procliticReadings(tokens[j]!.text).some(([, stem]) => finder.nisbaPersonHeads.has(stem)) || finder.roles.longestAt(tokens, j, j + 1) !== null;
  const prev = at - 1;
  if (prev < 0 || !tokens[prev]!.joinsNext || !definite(tokens[prev]!.text)) return false;
  // Back through the noun phrase (definite words, complement heads) to what governs it.
  for (let j = prev; j >= 0 && j >= prev - 6; j--) {
    if (isHead(j)) return false;
    const w = tokens[j]!.text;
    const inPhrase = definite(w) || procliticReadings(w).some(([, stem]) => finder.complementHeads.has(stem));
    if (!inPhrase || j === 0 || !tokens[j - 1]!.joinsNext) break;
  }
  return true;
}

/** The token before `at` is a speech verb ("قالت", "وحذرت") joined to it by a space. */
function afterSpeechVerb(tokens: Token[], at: number, finder: ActorFinder): boolean {
  const before = tokens[at - 1];
  if (!before || !before.joinsNext) return false;
  const w = before.text;
  return inSetBehindConjunction(finder.speechVerbs, w);
}

/** "نائب", "مستشار", "باسم" before a title make it someone else's role. */
function isTitleBlocker(word: string, finder: ActorFinder): boolean {
  return procliticReadings(word).some(([, stem]) => finder.titleBlockers.has(stem));
}

/** و/ف/ب/ك + ال, لل, or و/ف + ب/ل/ك + ال at the start of a word. */
function startsWithProcliticArticle(word: string): boolean {
  if (word.startsWith('لل')) return true;
  if (isProclitic(word[0]) && word[0] !== 'ل' && word.startsWith('ال', 1)) return true;
  return isConjunction(word[0]) && isPreposition(word[1]) && word.startsWith('ال', 2);
}

/** A word that can be part of a person's name (`rest`: not the first word). */
function looksLikeNameStart(word: string, finder: ActorFinder, rest = false): boolean {
  if (word.length < 2 || finder.stopWords.has(word) || finder.complementHeads.has(word)) return false;
  if (!/^[\u0621-\u064a]+$/.test(word)) return false;
  // Proclitic + article ("بالحفاظ", "والقوات", "للجيش") never starts a name word.
  if (startsWithProcliticArticle(word)) return false;
  if (rest) return true;
  if (word.startsWith('ال')) return false;
  // "لحركة": a preposition on an institution word.
  if (procliticReadings(word).some(([p, stem]) => p !== '' && finder.complementHeads.has(stem))) return false;
  // Imperfect verbs ("يبحث", "تؤكد") look like names; real names of that shape are listed.
  const bare = isConjunction(word[0]) && IMPERFECT_PREFIXES.has(word[1] ?? '') ? word.slice(1) : word;
  if (IMPERFECT_PREFIXES.has(bare[0] ?? '') && bare.length >= 4 && !finder.namesLikeVerbs.has(bare)) return false;
  return true;
}

/**
 * What follows a name introduced by role: punctuation or the end, a function
 * word ("إن", "في", "خلال"), a speech verb, or a word with the preposition ل
 * ("لوكالة", "للصحفيين"). "طالب رئيس الحكومة بضرورة وقف إطلاق النار" fails.
 */
function endsLikeName(tokens: Token[], after: number, finder: ActorFinder): boolean {
  const next = tokens[after];
  if (!next || !tokens[after - 1]!.joinsNext) return true;
  const w = next.text;
  if (finder.stopWords.has(w) || inSetBehindConjunction(finder.speechVerbs, w)) return true;
  return w.length > 2 && w[0] === 'ل' && !w.startsWith('لا');
}

/** A word that continues a role's complement: "باسم", "وزارة", "الصحة", "والسياحة", "لحلف". */
function isComplementWord(tokens: Token[], k: number, finder: ActorFinder, covered: Uint8Array, place: Uint8Array): boolean {
  const t = tokens[k]!.text;
  if (finder.complementHeads.has(t)) return true;
  if (finder.linkers.has(t)) {
    const next = tokens[k + 1]?.text ?? '';
    return !!covered[k + 1] || !!place[k + 1] || next.startsWith('ال') || finder.complementHeads.has(next);
  }
  for (const [, stem] of procliticReadings(t)) {
    if ((stem.startsWith('ال') && stem.length > 3) || finder.complementHeads.has(stem)) return true;
  }
  return false;
}

/**
 * ROLE [complement] [،] First Last [Third]: a person the gazetteer lacks.
 * Their full name and surname are then found everywhere in the text.
 */
function unknownPersons(
  originalText: string,
  doc: PreparedText,
  finder: ActorFinder,
  known: { mentions: Mention[]; byKey: Map<string, ActorEntry>; personStarts: Set<number>; genders: Map<string, Gender> },
): Mention[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  /** For the first token of a gazetteer mention, the token after it. */
  const mentionEnd = new Map<number, number>();
  /** Tokens inside a gazetteer person's mention ("الدكتور رشاد العليمي"). */
  const inPerson = new Uint8Array(tokens.length);
  for (const m of known.mentions) {
    covered.fill(1, m.first, m.end);
    mentionEnd.set(m.first, m.end);
    if (known.byKey.get(m.key)?.type === 'person') inPerson.fill(1, m.first, m.end);
  }
  const knownPersonStarts = known.personStarts;
  // Places ("خان يونس", "غزة") continue a role's complement and never start a name.
  const place = new Uint8Array(tokens.length);
  let placesScanned = false;
  const markPlaces = () => {
    if (placesScanned) return;
    placesScanned = true;
    for (const m of finder.places.scan(tokens)) place.fill(1, m.firstToken, m.endToken);
  };
  const names = new PhraseMatcher<string>();
  const genders = known.genders;
  let found = 0;
  const addName = (words: Token[], role: PhraseMatch<true>) => {
    // The role word gives the gender: "المتحدثة", "الوزيرة", "رئيسة" end in ة ("رئيس هيئة" does not).
    genders.set(`?:${words.map((w) => w.text).join(' ')}`, tokens[role.firstToken]!.text.endsWith('ه') ? 'f' : 'm');
    const full = words.map((w) => w.text).join(' ');
    const key = `?:${full}`;
    names.add(full, key);
    const last = words[words.length - 1]!.text;
    const surname = words.length === 3 && finder.compoundNameHeads.has(words[1]!.text) ? `${words[1]!.text} ${last}` : last;
    if (surname.length >= 3 && !finder.stopWords.has(surname) && !finder.ambiguous.has(surname)) names.add(surname, key);
    found++;
  };
  const isSpeechVerb = (word: string) => inSetBehindConjunction(finder.speechVerbs, word);
  /** The token as the text prints it. */
  const printed = (t: Token) => originalText.slice(doc.norm.toOriginal[t.start] ?? 0, (doc.norm.toOriginal[t.end - 1] ?? 0) + 1);
  /** The token's last letter is printed as `code` (ى, which normalizes to ي). */
  const printedWith = (t: Token, code: number) => originalText.charCodeAt(doc.norm.toOriginal[t.end - 1] ?? -1) === code;
  for (const role of finder.roles.scan(tokens)) {
    markPlaces();
    // A role word inside a known person's name ("الدكتور" in "الدكتور رشاد العليمي") introduces nobody new.
    if (inPerson[role.firstToken]) continue;
    // "والى أين": printed with ى it is "and to", not the role "والي" it normalizes to.
    if (printedWith(tokens[role.endToken - 1]!, 0x649)) continue;
    // SPEECH-VERB First Last، ROLE: "قال سعد الشهري، مدرب الاتفاق".
    const r = role.firstToken;
    if (r >= 3 && role.proclitic === '' && !tokens[r - 1]!.joinsNext && softGap(doc, tokens[r - 1]!, tokens[r]!)) {
      const first = tokens[r - 2]!;
      const second = tokens[r - 1]!;
      if (
        !covered[r - 2] && !covered[r - 1] && !place[r - 2] && !place[r - 1] && first.joinsNext && tokens[r - 3]!.joinsNext && isSpeechVerb(tokens[r - 3]!.text) &&
        looksLikeNameStart(first.text, finder) && looksLikeNameStart(second.text, finder, true)
      ) {
        addName([first, second], role);
      }
    }
    let k = role.endToken;
    let steps = 0;
    let isKnown = false;
    // The role's complement: "باسم وزارة الصحة", "العسكري", "القوات المسلحة اليمنية".
    while (k < tokens.length && steps < 6 && softGap(doc, tokens[k - 1]!, tokens[k]!)) {
      if (covered[k]) {
        if (knownPersonStarts.has(k) || inPerson[k]) {
          isKnown = true;
          break;
        }
        // Skip this one mention ("قائد قوات الدعم السريع، ...").
        k = mentionEnd.get(k) ?? k + 1;
        steps++;
        // A comma ends the complement: the name comes right after it or not at all.
        if (k < tokens.length && !tokens[k - 1]!.joinsNext) break;
        continue;
      }
      if (place[k]) {
        while (k < tokens.length && place[k] && !covered[k]) k++;
        steps++;
        if (k < tokens.length && !tokens[k - 1]!.joinsNext) break;
        continue;
      }
      if (!isComplementWord(tokens, k, finder, covered, place)) break;
      k++;
      steps++;
      if (k < tokens.length && !tokens[k - 1]!.joinsNext) break;
    }
    if (isKnown || k >= tokens.length || covered[k] || !softGap(doc, tokens[k - 1]!, tokens[k]!)) continue;
    // After an indefinite head the body's own name comes first ("حركة فتح X Y", "بمجمع ناصر الطبي، X Y"), then the person's.
    if (k > role.endToken && procliticReadings(tokens[k - 1]!.text).some(([, stem]) => finder.complementHeads.has(stem) && !stem.startsWith('ال'))) {
      const named = nameAt(k + 1);
      if (named > 0 && tokens[k]!.joinsNext && !covered[k + 1] && !place[k + 1]) {
        addName(tokens.slice(k + 1, k + 1 + named), role);
        continue;
      }
      k = afterBodyName(doc, tokens, k, covered);
    }
    const size = nameAt((k = afterDoctorTitle(doc, tokens, k)));
    if (size === 0) {
      // "المستشار السياسي لقائد الدعم السريع الباشا طبيق": a first name with ال was
      // read as part of the complement; after a body's name it may open the name.
      const first = definiteFirstName(k - 1);
      if (first > 0) addName(tokens.slice(k - 1, k - 1 + first), role);
      continue;
    }
    addName(tokens.slice(k, k + size), role);
  }
  /**
   * A two-word name whose first word has ال ("الطاهر حسين"), at token j: only
   * right after a known body's name in the complement, never a nisba ("الميداني")
   * or a word of the complement's own ("العام"), and closed like a name.
   */
  function definiteFirstName(j: number): number {
    const first = tokens[j];
    const second = tokens[j + 1];
    if (!first || !second || j < 1 || !covered[j - 1] || inPerson[j - 1] || covered[j] || place[j] || covered[j + 1] || place[j + 1]) return 0;
    if (!tokens[j - 1]!.joinsNext || !first.joinsNext) return 0;
    const w = first.text;
    if (!/^ال[\u0621-\u064a]{3,}$/.test(w) || finder.nisbaEndings.some((e) => w.endsWith(e))) return 0;
    if (finder.stopWords.has(w) || finder.complementHeads.has(w) || finder.roles.longestAt(tokens, j, j + 1)) return 0;
    if (second.text.startsWith('ال') || !looksLikeNameStart(second.text, finder, true) || finder.roles.longestAt(tokens, j + 1, j + 2)) return 0;
    return endsLikeName(tokens, j + 2, finder) ? 2 : 0;
  }
  /** Length of a person's name starting at token k (0: none). */
  function nameAt(k: number): number {
    const words: Token[] = [];
    for (let j = k; j < tokens.length && words.length < 5; j++) {
      const t = tokens[j]!;
      // "علي" (Ali) is a name, "على" (on) is not; they are one word once normalized.
      // As a first name it must be followed by another name word ("علي يوسف").
      const isAli = t.text === 'علي' && doc.norm.toOriginal[t.end - 1] !== undefined && originalText.charCodeAt(doc.norm.toOriginal[t.end - 1]!) === 0x64a &&
        (words.length > 0 || (t.joinsNext && looksLikeNameStart(tokens[j + 1]?.text ?? '', finder)));
      if (covered[j] || place[j] || (!isAli && !looksLikeNameStart(t.text, finder, words.length > 0))) break;
      // "إصابتها", "زيارتهم": a noun with a possessive pronoun opens no name.
      if (words.length === 0 && t.text.length >= 5 && POSSESSIVE_ENDINGS.test(printed(t))) break;
      // A role word is no name word ("نائبة رئيس الوزراء الأوكراني ...").
      if (finder.roles.longestAt(tokens, j, j + 1)) break;
      words.push(t);
      if (!t.joinsNext) break;
    }
    // Two words make a name ("أنيس الأصبحي"); more where the name only ends later:
    // "عبد الباري طاهر", "رامي عبد الرحمن", "كليمنتاين نكويتا سلامي"; a fourth or
    // fifth word only for each "عبد"/"أبو"/"بن" inside ("عبد الخالق عبد اللطيف
    // وداعة"). The shortest reading that ends like a name wins; a name never ends on "عبد".
    let size = 0;
    for (let n = 2; n <= words.length && size === 0; n++) {
      if (finder.nameConnectors.has(words[n - 1]!.text)) continue;
      if (n > 3 && words.slice(0, n - 1).filter((w) => finder.nameConnectors.has(w.text)).length < n - 3) break;
      if (endsLikeName(tokens, k + n, finder)) size = n;
    }
    return size;
  }
  if (found === 0) return [];
  const out: Mention[] = [];
  for (const m of names.scan(tokens)) {
    let free = true;
    for (let k = m.firstToken; k < m.endToken; k++) if (covered[k]) free = false;
    if (!free) continue;
    out.push({ first: m.firstToken, end: m.endToken, start: m.start, stop: m.end, key: m.values[0]! });
  }
  return out;
}

/** Spans of all mentions, flattened: for callers that only need where actors are named. */
export function mentionSpans(actors: ActorResult[]): Span[] {
  return actors.flatMap((a) => a.mentions.map(({ start, end }) => ({ start, end })));
}
