// The speech words of data/speech-verbs.json and the roles, names and
// morphology lists the stages read (data/roles.json, data/ambiguous.json,
// data/morphology.json): every word list of data/, normalized once, here.
import ambiguous from '../../data/ambiguous.json';
import boilerplate from '../../data/boilerplate.json';
import commonWords from '../../data/common-words.json';
import morphology from '../../data/morphology.json';
import roles from '../../data/roles.json';
import speechData from '../../data/speech-verbs.json';
import { CONJUNCTIONS } from './clitics';
import { PhraseTable } from './lexicon/phrase-table';
import { normalizeText } from './text/normalize';
import { ABBREVIATED_TITLES } from './text/sentences';
import { phraseWords } from './text/tokens';
import { norm, normList, wordSet, type RawData } from './lexicon/raw-data';
import { interviewWords } from './lexicon/interviews';
import { ranks } from './lexicon/ranks';
import { scareWords } from './lexicon/scare-words';
export { PhraseTable } from './lexicon/phrase-table';
export type CueGender = 'm' | 'f' | 'p';

export interface VerbInfo { gender: CueGender }

/** The speech verbs by gender, with their object-pronoun forms ("واعتبره"، "ووصفتها"). */
function speechVerbs(data: RawData) {
  const verbs = new PhraseTable<VerbInfo>();
  /** Every one-word form, for the actor finder ("قال سعد الشهري، مدرب الاتفاق"). */
  const verbWords = new Set<string>();
  for (const v of data.verbs ?? []) {
    for (const [key, gender] of [['masculine', 'm'], ['feminine', 'f'], ['plural', 'p']] as const) {
      for (const form of normList(v[key])) {
        // An imperfect also with ل of purpose ("وقف أمام الصحفيين ليقول:").
        for (const f of /^[يت]/.test(form) && !form.includes(' ') ? [form, `ل${form}`] : [form]) {
          verbs.add(f, { gender });
          if (!f.includes(' ')) verbWords.add(f);
        }
      }
    }
  }
  // A verb with its object pronoun attached, of the bare form's gender.
  const descriptionVerbs = new Set(normList(data.descriptionVerbs?.words));
  const suffixes = normList(data.objectPronounVerbs?.suffixes);
  for (const form of normList(data.objectPronounVerbs?.verbs)) {
    const bare = verbs.match([{ start: 0, end: 0, norm: form }], 0);
    if (!bare || bare.length !== 1) continue;
    const stem = form.endsWith('وا') ? form.slice(0, -1) : form;
    for (const suffix of suffixes) {
      verbs.add(stem + suffix, bare.value);
      if (descriptionVerbs.has(form)) descriptionVerbs.add(stem + suffix);
    }
  }
  // "قالها", "تقولها": the forms of the verbs that carry what was said as their pronoun.
  const saidIt = new Set(normList(data.objectPronounVerbs?.saidIt));
  const saidItForms = new Set((data.verbs ?? []).filter((v) => saidIt.has(normList([v.verb])[0] ?? '')).flatMap((v) => [...normList(v.masculine), ...normList(v.feminine), ...normList(v.plural)]));
  return { verbs, verbWords, descriptionVerbs, saidItForms };
}

/** data/speech-verbs.json: what the words right after a speech verb may be other than a known actor. */
function subjectWords(data: RawData) {
  return {
    /** "مقر"، "جمعية": nouns that open the name of a body the gazetteer lacks. */
    unknownBodyHeads: new Set(normList(data.unknownBodyHeads?.words)),
    /** Every form of a verb whose object often comes first ("واتهم حماس بـ…"), and the words after that object. */
    objectFirstForms: objectFirstForms(data),
    objectFirstMarks: new Set(normList(data.objectFirstVerbs?.marks)),
    /** "مندوب", "سفيرة": titles of those who speak for a state abroad. */
    delegateTitles: new Set(normList(data.delegateTitles?.words)),
    /** "الدائم": words after a delegate's nationality that still name no one. */
    delegateTitleEnds: new Set(normList(data.delegateTitles?.afterNationality)),
    /** "أحدهم", "أول": one of a group, named in apposition after ("وقال أحدهم، X،"). */
    groupMembers: new Set(normList(data.anonymousSources?.members)),
    /** "سأل X Y …، فأجاب": verbs of asking and of answering (the one asked answers). */
    askVerbs: new Set(normList(data.questions?.ask)),
    answerVerbs: new Set(normList(data.questions?.answer)),
    /** "نشرته", "أصدرتها": a verb of issuing a document, with the document as its object pronoun (masculine or feminine issuer). */
    documentIssuedBy: new Set(normList(data.documentNouns?.issuedBy).flatMap((v) => ['ه', 'ها', 'ته', 'تها', 'وه', 'وها'].map((p) => v + p))),
    documentOffices: new Set(normList(data.documentNouns?.offices)),
    /** "على لسان": an aside that names who spoke for the subject ("وأكدت الحركة، على لسان الناطق باسمها X، أن"), each as its words. */
    voicePhrases: normList(data.attributionPhrases?.voices).map((p) => p.split(' ')),
    leaderAsides: new Set(normList(data.attributionPhrases?.leaders)),
    memberAsides: new Set(normList(data.attributionPhrases?.members)),
    ownedStatements: new Set(normList(data.attributionPhrases?.ownedStatements)),
  };
}

/** The forms of the verbs data/speech-verbs.json objectFirstVerbs names. */
function objectFirstForms(data: RawData): Set<string> {
  const lemmas = new Set(normList(data.objectFirstVerbs?.verbs));
  const entries = (data.verbs ?? []).filter((v) => lemmas.has(normList([v.verb])[0] ?? ''));
  return new Set(entries.flatMap((v) => [...normList(v.masculine), ...normList(v.feminine), ...normList(v.plural)]));
}

/** Each word with a third-person pronoun, and the gender the pronoun gives. */
function withPronouns(words: string[]): Map<string, CueGender> {
  const pronouns: Array<[string, CueGender]> = [['ه', 'm'], ['ها', 'f'], ['هم', 'p'], ['هما', 'p']];
  return new Map(words.flatMap((w) => pronouns.map(([suffix, gender]) => [w + suffix, gender] as [string, CueGender])));
}

/** Words of a sentence's clauses around a speech verb. */
function clauseWords(data: RawData) {
  return {
    /** "غير أن", "لكن": a clause's opening words before its subject, each as its words; "فيما", "وهو ما": the writer's own clause after a report. */
    clauseConnectors: normList(data.clauseConnectors?.words).map((w) => w.split(' ')),
    /** "كما", "ثم": a clause's opening word before its verb. */
    openersBeforeVerb: new Set(normList(data.clauseConnectors?.beforeVerb)),
    /** "من جهته", "بدوره": an aside between a subject named first and its verb. */
    asidesAfterSubject: new Set(normList(data.clauseConnectors?.afterSubject)),
    writersClauses: normList(data.writersClauses?.words).map((w) => w.split(' ')),
    /** "لي", "لنا" after a speech verb: said to the writer. */
    toNarrator: new Set(normList(data.toNarrator?.words)),
    /** "سألنا", "التقيت": the writer meeting or asking someone, in the first person. */
    writerMet: new Set(normList(data.toNarrator?.writerMet)),
    /** "لي", "لنا", "له", "لها": whom it was said to, between a speech verb and its subject. */
    addressees: new Set([...normList(data.toNarrator?.words), ...normList(data.toNarrator?.others)]),
  };
}

/** The attribution phrases ("بحسب", "بالقول"), as a list and as a table for the matcher. */
function attributionPhrases(data: RawData) {
  const attribution = new PhraseTable<true>();
  const attributionPhraseList = normList(data.attributionPhrases?.phrases).map((p) => p.replace(/ـ/g, ''));
  for (const p of attributionPhraseList) attribution.add(p, true);
  return { attribution, attributionPhraseList };
}

/** data/speech-verbs.json: the verbs, attribution phrases and the words around speech. */
function speechWords(data: RawData) {
  const { verbs, verbWords, descriptionVerbs, saidItForms } = speechVerbs(data);
  return {
    verbs,
    verbWords,
    saidItForms,
    ...attributionPhrases(data),
    // "في حديثه"، "في كلمتها": a noun of speech with its pronoun, after في (ة is printed ت before the pronoun).
    speechNounWithPronoun: withPronouns(normList(data.attributionPhrases?.pronounNouns).map((n) => n.replace(/ه$/, 'ت'))),
    // "بحسبها", "حسبه": an attribution word with the pronoun of whom it refers back to.
    attributionWithPronoun: withPronouns(normList(data.attributionPhrases?.pronounWords)),
    /** The third person's attached pronouns ("ه", "ها", "هم", "هما"): on a verb its object, on a noun its owner ("بيانها"). */
    thirdPersonSuffixes: normList(data.objectPronounVerbs?.suffixes),
    pronounSources: new Set(normList(data.pronounSources?.nouns)),
    complementizers: new Set(normList(data.complementizers?.words)),
    complementizerPrepositions: new Set(normList(data.complementizers?.prepositions)),
    complementizerTimeWords: new Set(normList(data.complementizers?.timeWords)),
    relativePronouns: new Set(normList(data.relativeWords?.pronouns)),
    /** "الذي", "التي": the singular relative pronouns, with the gender they give the one just named. */
    singularRelatives: new Map<string, 'm' | 'f'>([...normList(data.relativeWords?.masculine).map((w) => [w, 'm'] as const), ...normList(data.relativeWords?.feminine).map((w) => [w, 'f'] as const)]),
    relativeAdverbs: new Set(normList(data.relativeWords?.adverbs)),
    masculineBodyHeads: normList(data.bodyGender?.masculine),
    feminineBodyHeads: normList(data.bodyGender?.feminine),
    subjectStops: new Set(normList(data.subjectStops?.words)),
    adverbsBeforeSubject: new Set(normList(data.subjectStops?.beforeSubject)),
    ...clauseWords(data),
    titleWords: new Set(normList(data.titleWords?.words).flatMap((w) => w.split(' '))),
    /** Titles listed in ة ("ممثلة"), normalized: printed with ه they are a noun and "his" ("ممثله"), no title. */
    titleWordsInTa: new Set(normList((data.titleWords?.words as string[] | undefined)?.filter((w) => !w.includes(' ') && w.endsWith('ة')))),
    spokesperson: new Set(normList(data.spokespersonWords?.words).flatMap((w) => w.split(' '))),
    /** "التابع", "الموالية": words that end a body's name after "باسم". */
    spokespersonBodyEnds: new Set(normList(data.spokespersonWords?.bodyEnds)),
    anonymous: new Set(normList(data.anonymousSources?.words).flatMap((w) => w.split(' ').slice(0, 1))),
    institutionNouns: new Set(normList(data.institutionNouns?.words)),
    documentNouns: new Set(normList(data.documentNouns?.words)),
    ...scareWords(data),
    relayVerbs: new Set(normList(data.relayVerbs?.words)),
    quoteFollowers: new Set(normList(data.quoteFollowers?.words)),
    quoteFollowersAfterStop: new Set(normList(data.quoteFollowers?.afterSentenceEnd)),
    /** "إن بلاده "تتابع عن كثب" ...": words and verb prefixes that open a quoted predicate. */
    predicateOpeners: new Set(normList(data.predicateOpeners?.words)),
    predicateVerbPrefixes: normList(data.predicateOpeners?.verbPrefixes),
    pageLabels: new Set(normList(data.pageLabels?.words)),
    headlineAsides: new Set(normList(data.headlineAsides?.words)),
    mediaNouns: new Set(normList(data.mediaNouns?.words)),
    descriptionVerbs,
    commonObjects: new Set(normList(data.commonObjects?.words)),
    weakVerbs: new Set(normList(data.weakVerbs?.words)),
    ...ranks(data),
    ...interviewWords(data),
    /** A speech verb in the first person ("قلنا", "أقول"): the text's own speaker talks, no one named. */
    firstPersonSpeech: new Set(normList(data.firstPersonSpeech?.words)),
  };
}

const normSet = (xs: unknown): Set<string> => new Set(normList(xs));

/** data/roles.json: the roles that introduce a person and the words around names. */
function roleWords() {
  return {
    /** Roles and titles ("المتحدث باسم", "وزير الخارجية"): phrases for the role matcher. */
    rolePhrases: new Set(normList(roles.roles)),
    /** Nouns that head a title's complement ("رئيس حكومة الوحدة"، "لهيئة الأدب"). */
    complementHeads: wordSet(roles.complementHeads),
    /** Words that may link a title to its complement ("القيادي في الحركة", "المتحدث باسم"). */
    linkers: wordSet(roles.linkers),
    bodyLinkers: wordSet(roles.bodyLinkers),
    /** Words never part of a person's name. */
    stopWords: wordSet(roles.stopWords),
    namesLikeVerbs: normSet(roles.namesLikeVerbs),
    nameConnectors: normSet(roles.nameConnectors),
    /** Verbs after which a name comes ("استقبل", "زار"), besides the speech verbs. */
    verbsBeforeNames: normSet(roles.verbsBeforeNames),
    meetingVerbs: normSet(roles.meetingVerbs),
    meetingPrepositions: normSet(roles.meetingPrepositions),
    /** Words after a title that make it a former holder ("السابق"). */
    formerQualifiers: normSet(roles.formerQualifiers),
    /** Words before a title that make it someone else's role ("نائب"). */
    titleBlockers: normSet(roles.titleBlockers),
    /** Titles written short with a period ("د."). */
    abbreviatedTitles: ABBREVIATED_TITLES,
    /** Roles whose complement is a team's own name ("مدرب برشلونة X Y"). */
    teamRoles: normSet(roles.teamRoles),
    /** Places named after someone ("ملعب", "مستشفى"): a role or name right after one names the place, not after a word of `venueNounsNotAfter`. */
    venueNouns: normSet(roles.venueNouns),
    venueNounsNotAfter: normSet(roles.venueNounsNotAfter),
    /** Titles ending in ة that name a man ("عمدة", "خليفة"): no feminine gender for the person they introduce. */
    masculineTitlesInTa: normSet(roles.masculineTitlesInTa),
    /** Nationality adjectives, masculine and feminine (+ة), after which a name may stand alone. */
    nationalities: new Set(normList(roles.nationalities).flatMap((n) => [n, normalizeText(`${n}ة`)])),
  };
}

interface SuffixPair {
  a: string;
  b: string;
  definiteOnly?: boolean;
  minLength?: number;
}

/** data/ambiguous.json and data/morphology.json: names that are common words, name particles, word shapes. */
function nameWords() {
  return {
    /** Names that are also common words. */
    ambiguousNames: normSet(ambiguous.names),
    /** Common words no name equals (data/common-words.json words): "مصدر", "آخر" after a speech verb are no given name. */
    commonWords: normSet(commonWords.words),
    /** Names several actors share ("الأسد"): every bearer is a candidate (as printed; the matcher normalizes). */
    sharedNames: (ambiguous.shared?.names ?? []) as Array<{ name: string; actors: string[] }>,
    /** Names that are also a common noun ("حماس"), or a time of day after a word of time ("قبيل المغرب"): src/core/common-noun-names.ts. */
    commonNounNames: normSet(ambiguous.commonNouns.names),
    timesOfDay: { names: normSet(ambiguous.commonNouns.timesOfDay?.names), after: normSet(ambiguous.commonNouns.timesOfDay?.after) },
    /** Capitals standing for their state; the words after which one is a place ("في دمشق"). */
    capitals: normSet(ambiguous.capitals),
    capitalPlaceWords: normSet(ambiguous.capitalPlaceWords),
    flagWords: normSet(ambiguous.flagWords),
    delegateWords: normSet(ambiguous.delegateWords), // "وزراء من جورجيا": the state sends them, no place
    nisbaEndings: normList(ambiguous.nisbaNames.endings),
    nisbaPersonHeads: normSet(ambiguous.nisbaNames.personHeads),
    /** "عبد"/"أبو"/"بن" before a surname, "بن"/"ابن" after a first name, "عبد" opening a compound name. */
    surnameParticles: normSet(morphology.names.surnameParticles),
    patronymics: normSet(morphology.names.patronymics),
    compoundNameHeads: normSet(morphology.names.compoundHeads),
    /** "الدين", "الله": last words of a compound first name ("نور الدين"). */
    compoundNameTails: normSet(morphology.names.compoundTails),
    /** "دي", "فان", "فون": particles of foreign names that say nothing alone. */
    foreignNameParticles: normSet(morphology.names.foreignParticles),
    titleSurnames: normSet(morphology.names.titleSurnames),
    /** "ينكو", "سكي": endings of Slavic and Caucasian surnames ("ليسينكو" is no "ل" + noun). */
    foreignSurnameEndings: normList(morphology.names.foreignSurnameEndings),
    /** "لم", "لن", "كي", also behind و/ف: a verb follows, never a name. */
    verbParticles: new Set(normList(morphology.verbParticles.words).flatMap((w) => [w, ...[...CONJUNCTIONS].map((c) => c + w)])),
    /** "جاءت", "عاد": past verbs of coming and going a name ends before. */
    pastVerbsAfterNames: normSet(morphology.pastVerbsAfterNames.words),
    /** "كانت", "ظل": a subject then an imperfect verb follow ("كانت هبة تحاول"), also behind و/ف. */
    auxiliaryVerbs: new Set(normList(morphology.auxiliaryVerbs.words).flatMap((w) => [w, ...[...CONJUNCTIONS].map((c) => c + w)])),
    /** "هو", "وهي": a description of the one just named opens after one. */
    independentPronouns: new Set(normList(morphology.independentPronouns.words).flatMap((w) => [w, ...[...CONJUNCTIONS].map((c) => c + w)])),
    /** "ذات", "ذو": a description goes on, no name opens. */
    possessives: normSet(morphology.possessives.words),
    /** "وزير", "الوزيرة"...: an organization right after one is a portfolio. */
    ministerWords: normSet(morphology.ministerWords.words),
    /** ي ت ن: an imperfect verb's first letter. */
    imperfectPrefixes: normSet(morphology.imperfectPrefixes.letters),
    /** Word endings that alternate by case ('الحوثيون' / 'الحوثيين'), as printed. */
    caseSuffixPairs: morphology.suffixPairs as SuffixPair[],
    /** Pronoun suffixes that can ride on a complementizer (أنه، إنها، أنهم، أننا…), after '' for none. */
    complementizerSuffixes: ['', ...normList(morphology.complementizer.pronounSuffixes)],
  };
}

/** Pronouns that carry a speaker, with the gender each gives: a particle's before the verb ("لكنها اتهمت"), the relay preposition's ("نقلت عنه الوكالة"). */
function pronounWords(data: RawData) {
  const { particles, masculine, feminine } = morphology.subjectPronouns;
  const withPronoun = (words: string[]) => new Map(words.flatMap((w) => [[norm(w + masculine), 'm' as const], [norm(w + feminine), 'f' as const]]));
  const relayPrepositions = normList(data.relayVerbs?.prepositions);
  return {
    subjectPronounParticles: withPronoun(particles),
    /** "عن" after a verb of passing words on ("نقلت الوكالة عن X"). */
    relayPrepositions: new Set(relayPrepositions),
    relayPrepositionPronouns: withPronoun(relayPrepositions),
  };
}

/** "كتبت:", "بقلم", "حاورته:": the words a byline opens with (data/boilerplate.json bylineLabels, the interviews' bylineWords), without their colon or dash. */
function bylineLabels(data: RawData): Set<string> {
  return new Set([...normList(boilerplate.bylineLabels), ...normList(data.interviews?.bylineWords)].map((w) => w.replace(/[\s:,\-–—]+$/u, '')).filter(Boolean));
}

/** Every word list of data/, normalized once. */
export const lexicon = { ...speechWords(speechData as RawData), ...subjectWords(speechData as RawData), ...roleWords(), ...nameWords(), ...pronounWords(speechData as RawData), bylineLabels: bylineLabels(speechData as RawData) };

export type Lexicon = typeof lexicon;
