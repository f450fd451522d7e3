// One scan for persons the gazetteer lacks: what the gazetteer already
// covers, the places, the roles of the text, and the names the rules found.
import type { ActorFinder } from '../finder';
import { PhraseMatcher, tokenReadings, type PhraseMatch, type PreparedText, type Token } from '../matcher';
import type { ActorEntry, Gender } from '../types';
import { consonantSkeleton } from '../text/tokens';
import { WordAnswers } from '../text/vocabulary';
import { givenNames } from '../lexicon/given-names';
import { conjoinedGivenName, conjoinedNoun, endsLikeName, verbOfGivenName, feminineWord, looksLikeNameStart, possessedNoun, nounInConstruct, prepositionalPhrase, verbShapedFirstName } from './words';
import { longerNames } from './longer-names';
import { MAX_NAME_WORDS, isNameParticle, nameChainFits, titleAsSurname } from './name-chains';
import { accusativeUnmarked, endsWithPronoun, foreignFirstName, givenNameAlias, impossibleName, imperfectShapedInTa, objectAfterName, oneWordNameHere, personKey, thirdWordIsObject } from './name-shapes';
import { monthAt } from './months';
import { commonAliasMentions, noteCommonAlias } from './common-aliases';

export interface Mention {
  /** Token range. */
  first: number;
  end: number;
  /** Normalized offsets (proclitics excluded). */
  start: number;
  stop: number;
  key: string;
}

export interface KnownMentions {
  mentions: Mention[];
  byKey: Map<string, ActorEntry>;
  personStarts: Set<number>;
}

/** Per word, the consonants of each proclitic reading's stem of four letters or more (null for a shorter one). */
const readingConsonants = new WordAnswers((t) => tokenReadings(t).map(([, stem]) => (stem.length >= 4 ? consonantSkeleton(stem) : null)));

/**
 * A surname's consonants and its last letter as printed: "الحسيني" (a nisba in ي) is no other
 * spelling of "الحسن", though the two share their consonants; "بوشنيل" and "بوشنل" share both.
 */
const variantKey = (skeleton: string, word: string): string => `${skeleton}|${word[word.length - 1] ?? ''}`;

/** Tanween (ً ٌ ٍ), which the normalized text drops. */
const isTanween = (code: number) => code >= 0x64b && code <= 0x64d;

export class PersonScan {
  readonly tokens: Token[];
  /** Tokens inside a gazetteer mention. */
  readonly covered: Uint8Array;
  /** Tokens inside a gazetteer person's mention ("الدكتور رشاد العليمي"). */
  readonly inPerson: Uint8Array;
  /** For the first token of a gazetteer mention, the token after it (0 for any other token). */
  readonly mentionEnd: Int32Array;
  private places: Uint8Array | null = null;
  private printsYa: { alifMaqsura: boolean; ala: boolean } | null = null;
  /** The roles of the text ("المتحدث", "وزير"), outside gazetteer persons' names. */
  readonly roles: PhraseMatch<true>[];
  readonly names = new PhraseMatcher<string>();
  readonly genders: Map<string, Gender>;
  found = 0;
  /** The rule running now, and the rule that first found each name (by key). */
  rule = '';
  readonly foundBy = new Map<string, string>();
  /** The full names found, as normalized words joined by spaces. */
  readonly fullNames = new Set<string>();
  private readonly kunyasAlone = new Set<string>(); // Kunyas with no family name ("أم ياسر"): their last word is the child.
  /** A name found that is the tail of another's full name ("أبو سالم" of "ماهر أبو سالم"), to that person's key. */
  private readonly sameAs = new Map<string, string>();
  /** The first letter of each word of the names found, as printed ("آنا", not "أنا"). */
  readonly printedFirst = new Map<string, string>();
  /** Surnames found, by their consonants (./consonants), to the person's key. */
  private readonly variants = new Map<string, string>();
  /** Given names that are common words, of full names found (./common-aliases.ts), to the person's key. */
  readonly commonAliases = new Map<string, string>();

  constructor(
    readonly originalText: string,
    readonly doc: PreparedText,
    readonly finder: ActorFinder,
    readonly known: KnownMentions,
    genders: Map<string, Gender>,
  ) {
    this.tokens = doc.tokens;
    this.genders = genders;
    const n = this.tokens.length;
    this.covered = new Uint8Array(n);
    this.inPerson = new Uint8Array(n);
    this.mentionEnd = new Int32Array(n);
    for (const m of known.mentions) {
      this.covered.fill(1, m.first, m.end);
      this.mentionEnd[m.first] = m.end;
      if (known.byKey.get(m.key)?.type === 'person') this.inPerson.fill(1, m.first, m.end);
    }
    // ("والى أين": printed with ى it is "and to", not the role "والي"; "شقيقه" printed with ه is "his brother", not "شقيقة".)
    this.roles = finder.roles.scan(this.tokens).filter((r) => {
      const last = this.tokens[r.endToken - 1]!;
      const before = this.tokens[r.firstToken - 1];
      // ("وآلية" printed with آ is "and a mechanism", not the role "والية"; "عبد الرقيب" is a given name, no sergeant.)
      return !(before?.joinsNext && finder.compoundNameHeads.has(before.text)) && !this.inPerson[r.firstToken] && !this.printedWith(last, 0x649) && !(last.text.endsWith('ه') && this.printedWith(last, 0x647)) && !this.printed(last).includes('آ');
    });
  }

  /** Places ("خان يونس", "غزة") continue a role's complement and never start a name (scanned once, when a rule asks). */
  get place(): Uint8Array {
    if (!this.places) {
      this.places = new Uint8Array(this.tokens.length);
      for (const m of this.finder.places.scan(this.tokens)) this.places.fill(1, m.firstToken, m.endToken);
    }
    return this.places;
  }

  /** Whether the text prints ى at all, and "على" with it (read once: the text may be megabytes). */
  get printsAlifMaqsura(): { alifMaqsura: boolean; ala: boolean } {
    return (this.printsYa ??= { alifMaqsura: this.originalText.includes('ى'), ala: this.originalText.includes('على') });
  }

  /** Token k is free: no gazetteer mention, no place. */
  free(k: number): boolean {
    return !this.covered[k] && !this.place[k];
  }

  /** The token as the text prints it. */
  printed(t: Token): string {
    const map = this.doc.norm.toOriginal;
    return this.originalText.slice(map[t.start] ?? 0, (map[t.end - 1] ?? 0) + 1);
  }

  /** The token is printed with tanween on its last letters ("قصصاً", "كتابٍ"): an indefinite noun, no name. */
  withTanween(t: Token): boolean {
    const map = this.doc.norm.toOriginal;
    const from = map[Math.max(t.start, t.end - 2)] ?? 0;
    const to = (map[t.end - 1] ?? 0) + 2;
    for (let i = from; i < to && i < this.originalText.length; i++) if (isTanween(this.originalText.charCodeAt(i))) return true;
    return false;
  }

  /** The token's last letter is printed as `code` (ى, which normalizes to ي: "والى" is "and to", not the role "والي"). */
  printedWith(t: Token, code: number): boolean {
    return this.originalText.charCodeAt(this.doc.norm.toOriginal[t.end - 1] ?? -1) === code;
  }

  /**
   * A person named by `words`; `genderWord` gives the gender ("المتحدثة", "رئيسة" end in ة),
   * unless `known` says it (a given name's). `alias`: a given name that later names them alone;
   * `surnameless`: the last word is no surname ("أم ياسر").
   */
  addName(words: Token[], genderWord: Token, known?: { gender?: Gender; alias?: string; surnameless?: boolean }): void {
    const { finder } = this;
    const full = words.map((w) => w.text).join(' ');
    if (impossibleName(this, words, full)) return; // ("محافظة رام الله والبيرة", "فوق رأسي": ../name-shapes.ts)
    const key = personKey(words);
    // A title or role outside the name gives the gender; a given name not in the list ("لانا") none: the verbs tell it.
    const gender = known?.gender ?? (feminineWord(genderWord) ? 'f' : words.includes(genderWord) ? undefined : 'm');
    if (gender) this.genders.set(key, gender);
    this.fullNames.add(full);
    for (const w of words) this.printedFirst.set(w.text, this.printed(w)[0]!);
    this.names.add(full, key);
    const alias = known?.alias ?? givenNameAlias(this, words);
    if (alias && alias !== full) this.names.add(alias, key);
    else if (words.length > 1) noteCommonAlias(this.commonAliases, words[0]!.text, key);
    if (!this.foundBy.has(key)) this.foundBy.set(key, this.rule);
    this.found++;
    const owner = this.ownerOfTail(words);
    if (owner && owner !== key) this.sameAs.set(key, owner);
    // ("أم ياسر": a kunya has no surname; "ياسر" alone is someone else.)
    if (known?.surnameless) return void this.kunyasAlone.add(full);
    const last = words[words.length - 1]!.text;
    const surname = words.length >= 3 && isNameParticle(words[words.length - 2]!.text, finder) ? `${words[words.length - 2]!.text} ${last}` : last; // "أبو شمالة"
    if (surname.length >= 3 && surname !== 'الله' && !finder.stopWords.has(surname) && !finder.ambiguous.has(surname)) this.names.add(surname, key);
    // "أبو ريالة" found alone (a kunya) before or after "محمود أبو ريالة": one person.
    if (surname !== full && this.fullNames.has(surname)) this.sameAs.set(`?:${surname}`, key);
    const skeleton = variantKey(consonantSkeleton(last), last);
    // ('' marks a skeleton two persons share: it names neither. A surname with the article is spelled one way: "الطب" is no "الطيب".)
    if (last.length >= 5 && !last.startsWith('ال') && consonantSkeleton(last).length >= 4) this.variants.set(skeleton, this.variants.has(skeleton) && this.variants.get(skeleton) !== key ? '' : key);
  }

  /** The person found by one word (key `lone`) is the person of this longer name. */
  sameAsLonger(lone: string, longer: string): void {
    if (lone === longer) return;
    this.sameAs.set(lone, longer);
    // (The gender the one word was found with: "X، البالغة…" tells a woman.)
    const gender = this.genders.get(lone);
    if (gender && !this.genders.has(longer)) this.genders.set(longer, gender);
  }

  /** The key of the one person found whose full name ends with these words ("يوسف الكردي" of "منى يوسف الكردي"), if any. */
  ownerOfTail(words: Token[]): string | undefined {
    const tail = ` ${words.map((w) => w.text).join(' ')}`;
    const owners = [...this.fullNames].filter((f) => f.endsWith(tail) && !this.kunyasAlone.has(f));
    return owners.length === 1 ? `?:${owners[0]}` : undefined;
  }

  /** Length of a person's name starting at token k (0: none); with `exactly`, whether that many words may be one, whatever follows. */
  nameAt(k: number, exactly?: number): number {
    // "صديق بوشنل": a person already found, named after a noun, is its complement.
    if (this.alreadyNamed(k) || isNameParticle(this.tokens[k - 1]?.joinsNext ? this.tokens[k - 1]!.text : '', this.finder)) return 0;
    // (The name's words are tokens k, k + 1, …: counted, not copied, as this is asked at most words.)
    const { tokens, finder } = this;
    const count = this.nameWordCount(k);
    if (exactly !== undefined) return count >= exactly && !isNameParticle(tokens[k + exactly - 1]!.text, finder) ? exactly : 0;
    // Two words make a name ("أنيس الأصبحي"), more as ./name-chains allows ("رامي عبد الرحمن", "كليمنتاين نكويتا
    // سلامي"). The shortest reading that ends like a name wins; a name never ends on "عبد".
    for (let n = 2; n <= count; n++) {
      if (isNameParticle(tokens[k + n - 1]!.text, finder)) continue;
      // "X Y هدف الفوز": a third word governing the definite noun after it is the verb's object.
      if (n === 3 && nounInConstruct(tokens, k, finder)) return 2;
      if (n === 3 && thirdWordIsObject(this, k)) return 2;
      // ("عبده سالم القميري قاربه": after a father's given name too.)
      if ((n === 2 || (n === 3 && (givenNames().byWord.has(tokens[k + 1]!.text) || isNameParticle(tokens[k + 1]!.text, finder)))) && objectAfterName(this, k + n)) return n;
      if (n > 3 && !nameChainFits(tokens, k, n, finder)) break;
      // ("منى قاسم علي": "علي" printed with ي goes on with the name, "على" would end it; so does "سالم عبده القاضي".)
      const goesOn = n < count && ((tokens[k + n]!.text === 'علي' && this.printedWith(tokens[k + n]!, 0x64a)) || titleAsSurname(tokens, k + n, n, finder));
      if (!goesOn && endsLikeName(tokens, k + n, finder)) return n;
    }
    return 0;
  }

  /** Token k is the name or surname of a person the rules found already (any spelling of its long vowels). */
  alreadyNamed(k: number): boolean {
    const t = this.tokens[k];
    if (!t || this.found === 0) return false;
    return this.names.longestAt(this.tokens, k, k + 1) !== null || readingConsonants.of(t).some((skeleton) => skeleton !== null && !!this.variants.get(variantKey(skeleton, t.text)));
  }

  /** How many words from token k, up to MAX_NAME_WORDS, may be a name's (tokens k, k + 1, …). */
  private nameWordCount(k: number): number {
    const { tokens, finder } = this;
    let count = 0;
    for (let j = k; j < tokens.length && count < MAX_NAME_WORDS; j++) {
      const t = tokens[j]!;
      // "علي" (Ali) is a name, "على" (on) is not; they are one word once normalized.
      // As a first name it must be followed by another name word ("علي يوسف").
      const isAli = t.text === 'علي' && this.printedWith(t, 0x64a) && (count > 0 || (t.joinsNext && looksLikeNameStart(tokens[j + 1]?.text ?? '', finder)));
      // "نسيبة": printed with ة, no imperfect verb ("ناشئة متخصصة" is a noun and its adjective).
      const printed = this.printed(t); // (cut once: asked below up to four times)
      const notVerb = count === 0 && imperfectShapedInTa(printed) && !!tokens[j + 1] && !this.printed(tokens[j + 1]!).endsWith('ة');
      const nameLike = isAli || foreignFirstName(this, j, count) || looksLikeNameStart(t.text, finder, count > 0 || notVerb) || (count > 0 && isNameParticle(t.text, finder));
      if (!this.free(j) || (!nameLike && (count > 0 || !verbShapedFirstName(tokens, j, finder, this)))) break;
      // "إصابتها", "زيارتهم": a noun with a possessive pronoun opens no name.
      // ("مسؤولية قواته": no name word ends in a pronoun; "سلوى تحب": a given name's verb is no family name; "X Y ورائد": a third word with و on a given name opens the next name.)
      if ((t.text.length >= 5 && endsWithPronoun(printed)) || conjoinedNoun(t.text, finder) || (count !== 1 && conjoinedGivenName(t.text)) || (count > 0 && (possessedNoun(t, printed) || verbOfGivenName(count === 1 ? tokens[k] : undefined, t.text, finder)))) break;
      // "قصصاً", "كتابٍ": a word printed with tanween is no name's; "بلهجة حادة" opens none.
      if (this.withTanween(t) || (count > 0 && accusativeUnmarked(printed)) || (count === 0 && prepositionalPhrase(printed, tokens[j + 1] ? this.printed(tokens[j + 1]!) : ''))) break;
      // A role word is no name word ("نائبة رئيس الوزراء الأوكراني ..."), but after "عبد" it is ("عبد الملك"، "عبد الرقيب").
      // ("حسن صديق الطيب": a role that is a given name of ours goes on with a name before a surname with ال.)
      const surnameTitle = titleAsSurname(tokens, j, count, finder); // (it ends the name: "سالم عبده القاضي ست ساعات")
      const givenNameInside = surnameTitle || (count > 0 && t.joinsNext && givenNames().byWord.has(t.text) && !!tokens[j + 1]?.text.startsWith('ال'));
      if (finder.roles.longestAt(tokens, j, j + 1) && !finder.compoundNameHeads.has(count > 0 ? tokens[j - 1]!.text : '') && !givenNameInside) break;
      // A bracket parts two names: "(أنامى) X Y" has no first name "أنامى".
      if (count > 0 && /[()[\]]/.test(this.doc.norm.text.slice(tokens[j - 1]!.end, t.start))) break;
      count++;
      if (!t.joinsNext || surnameTitle) break;
    }
    return count;
  }

  /** Every mention of the names found (full names and surnames, also spelled with other long vowels) outside the gazetteer's. */
  mentions(): Mention[] {
    if (this.found === 0) return [];
    const out: Mention[] = [];
    const taken = new Uint8Array(this.tokens.length);
    for (const m of this.names.scan(this.tokens)) {
      // "على" (on) is "علي" once normalized: the name only where it is printed with ي; "في رمضان" is the month (./months).
      if (m.endToken === m.firstToken + 1 && !oneWordNameHere(this, m)) continue;
      let free = true;
      for (let k = m.firstToken; k < m.endToken; k++) if (this.covered[k]) free = false;
      if (!free) continue;
      out.push({ first: m.firstToken, end: m.endToken, start: m.start, stop: m.end, key: m.values[0]! });
      taken.fill(1, m.firstToken, m.endToken);
    }
    out.push(...(this.variants.size > 0 ? this.variantMentions(taken) : []), ...commonAliasMentions(this, this.commonAliases, taken));
    const longer = longerNames(this.fullNames);
    for (const m of out) m.key = longer.get(m.key) ?? this.sameAs.get(m.key) ?? m.key;
    return out.sort((a, b) => a.first - b.first);
  }

  /**
   * A foreign surname is transliterated with or without its long vowels
   * ("بوشنيل" in the headline, "بوشنل" in the body): a word of the same
   * consonants is the same surname (four consonants at least, one owner).
   */
  private variantMentions(taken: Uint8Array): Mention[] {
    const out: Mention[] = [];
    this.tokens.forEach((t, k) => {
      if (taken[k] || this.covered[k]) return;
      const skeletons = readingConsonants.of(t);
      for (let r = 0; r < skeletons.length; r++) {
        const key = skeletons[r] === null ? undefined : this.variants.get(variantKey(skeletons[r]!, t.text));
        if (!key) continue;
        const proclitic = tokenReadings(t)[r]![0];
        // ("بايكونور" is no "ب" + "أوكونور": another spelling only behind و or ف.)
        if (/[بلك]/.test(proclitic)) continue;
        // (Asked only of a word that reads as a variant: most words are none.)
        if (this.finder.stopWords.has(t.text) || monthAt(this.tokens, k)) return;
        out.push({ first: k, end: k + 1, start: t.start + proclitic.length, stop: t.end, key });
        return;
      }
    });
    return out;
  }
}
