// Names in a cue's subject zone: a person after a title and its complement,
// a name in apposition, a name the gazetteer lacks.
import { commonWordBehind, isPersonNoun, verbalNounBehindPreposition } from '../persons/words';
import { constructBehindLam, endsWithPronoun } from '../persons/name-shapes';
import { commaIn, endsInTanweenAlif, isQuoteMark, printedHamzaAl } from '../chars';
import { attributionAt, isComplementizer, isComplementizerWord, lexicon, stems, verbAt, wordsIn, type Word } from '../speech';
import { firstWordsIn, lastWordsIn } from '../text/tokens';
import { perTextWord } from '../text/vocabulary';
import { isAbbreviatedTitle } from '../role-names';
import { givenNames } from '../lexicon/given-names';
import type { Span } from '../types';
import { HONORIFICS, type Mention, NOT_NAME_WORDS, isMannerPhrase, type ResolveContext, type Speaker, isComplementHead, isDefinite, isDocumentWord, isFunctionWord, isSpokesperson, isStop, isStopWord, isTitle, isTitleOrSpokespersonWord, isTitleWord, lowerBound, occurrencesIn, speakerOf, titleStem, titleWithoutConjunction, unnamedBody } from './model';

/** Words that may link a title to its complement: "القيادي في الحركة", "المبعوث إلى اليمن", "المتحدث باسم" (data/roles.json linkers, shared with findActors). */
export const TITLE_LINKERS = lexicon.linkers;

const COMMA = /[،,]/;
const LAM_OR_BA = /[لب]/;
/**
 * A person named after a title and its complement: the first word is a title,
 * an office or an unnamed source word ("خبير", "مسؤول"), then only definite
 * words, titles, linkers, words behind ل and other actors' names up to the
 * person. A person the gazetteer lacks counts only when findActors found them
 * introduced by a role. Any other word ("مقرب", "مؤتمر") ends the search.
 */
export function titledPerson(text: string, words: Word[], from: number, reach: number, ctx: ResolveContext): Speaker | null {
  if (!opensTitledPerson(words, from)) return null;
  let k = lowerBound(ctx.mentionStarts, words[from]!.start);
  for (let j = from; j < reach && j < from + 14; j++) {
    const w = words[j]!;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    if (m) {
      // A quoted name in the complement ('المحلل في شركة "X"') is a body's, whatever the person finder made of it.
      const quoted = j > from && [...text.slice(words[j - 1]!.end, m.start)].some(isQuoteMark);
      if (m.actor.type === 'person' && !quoted) {
        if (j === from) return null;
        // Behind ل or ب the name is a complement ("مستشار لبوتين").
        if (LAM_OR_BA.test(text.slice(w.start, Math.max(w.start, m.start)))) return null;
        // A bare title ("الرئيس الأوكراني") after another title is whose office it is.
        if (isTitleWord(words[j - 1]!) && !commaIn(text, words[j - 1]!.end, w.start) && m.actor.id !== null && titleOnly(m)) return null;
        return speakerOf(m, ctx.state);
      }
      while (j + 1 < reach && words[j + 1]!.start < m.end) j++;
      k++;
      continue;
    }
    if (j === from) continue;
    const n = w.norm;
    // (A unit's number is part of the complement: "قائد كتيبة في اللواء 22، العقيد ...".)
    if (isTitleOrSpokespersonWord(w) || isAbbreviatedTitle(w.norm, text.slice(w.end, words[j + 1]?.start ?? w.end)) || isDefinite(n) || TITLE_LINKERS.has(n) || /^ل/.test(n) || n.startsWith('باسم') || isComplementHead(n) || /^[0-9٠-٩]+$/.test(n)) continue;
    if (j + 1 < reach && joinedComplementNoun(text, words, j)) continue;
    // The body's own name after an indefinite head: "الممرض بمجمع ناصر الطبي، محمد ياسين".
    if (isComplementHead(words[j - 1]!.norm) && !isDefinite(words[j - 1]!.norm) && !commaIn(text, words[j - 1]!.end, w.start)) continue;
    // One place name after a linker, right before the person: "المتحدثة باسمها في يريفان زارا أمادوني".
    const next = ctx.mentions[lowerBound(ctx.mentionStarts, w.end)];
    if (TITLE_LINKERS.has(words[j - 1]!.norm) && j + 1 < reach && next && next.actor.type === 'person' && next.start === words[j + 1]!.start) continue;
    return null;
  }
  return null;
}

const WAW_FIRST = /^و/;
/** A second noun of a title's complement, in construct after "و": "وبناء" in "للشؤون السياسية وبناء السلام" (not a given name: "وليد الحسن"). */
export function joinedComplementNoun(text: string, words: Word[], j: number): boolean {
  const w = words[j]!;
  const next = words[j + 1];
  return j > 0 && WAW_FIRST.test(w.norm) && !!next && isDefinite(next.norm) && !givenNames().byWord.has(w.norm) && !commaIn(text, words[j - 1]!.end, w.start);
}

/** A mention that is a bare title of its person ("الرئيس الأوكراني"), not a name. */
export function titleOnly(m: Mention): boolean {
  return wordsIn(m.surface).every((w) => isTitle(w.norm) || isDefinite(w.norm));
}

/** The speaker holds the title: introduced with it at a cue, or named next to it in the text. */
export function holdsTitle(text: string, ctx: ResolveContext, speaker: Speaker, title: string): boolean {
  return !!ctx.state.titles.get(speaker.key)?.has(title) || namedNearTitle(text, ctx, speaker, title);
}

/**
 * Does the speaker hold the title: does it stand next to one of their mentions before the cue ("قائد قوات الدعم
 * السريع، محمد حمدان دقلو"), or in what the gazetteer says they are ("المتحدثة باسم وزارة الخارجية")?
 */
function namedNearTitle(text: string, ctx: ResolveContext, speaker: Speaker, title: string): boolean {
  const spans: Span[] = [speaker.ref];
  const holds = (w: Word) => isTitle(w.norm) && titleStem(titleWithoutConjunction(w.norm)) === title;
  let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  for (let seen = 0; k >= 0 && seen < 200; k--, seen++) {
    const m = ctx.mentions[k]!;
    if ((m.actor.id ?? `name:${m.actor.name.ar || m.surface}`) !== speaker.key) continue;
    if (spans.length === 1 && m.actor.about && wordsIn(m.actor.about.ar).some(holds)) return true;
    spans.push(m);
  }
  if (speaker.ref.id === null && speaker.ref.name) {
    // A name the gazetteer lacks: its other occurrences in the text so far.
    const starts = occurrencesIn(ctx.state, text, speaker.ref.name).upTo(ctx.cueStart - 1);
    for (let n = 0; n < starts.length && starts[n]! < ctx.cueStart && n < 20; n++) spans.push({ start: starts[n]!, end: starts[n]! + speaker.ref.name.length });
  }
  for (const sp of spans) {
    // (Not past the cue: "يضيف سمير. وقال ممثل المفوضية" holds the cue's own title, not Samir's.)
    // (The words before first, the words after only when none of those holds it: no array joined.)
    if (lastWordsIn(text, Math.max(0, sp.start - 80), sp.start, 6).some(holds)) return true;
    if (firstWordsIn(text, sp.end, Math.min(text.length, sp.end + 60, Math.max(sp.end, ctx.cueStart)), 4).some(holds)) return true;
  }
  return false;
}

/** Does text[from, to) hold . ! ? ؟ or a colon? */
function holdsStop(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x3a) return true;
  }
  return false;
}

/** A word that may open a titled person: a title, an office, an unnamed source word or a definite word. */
const opensTitledPersonAs = (head: string): boolean => isTitle(head) || isSpokesperson(head) || stems(head).some((s) => lexicon.anonymous.has(s)) || isDefinite(head);
/** The same of a text's word, by its id: asked at every cue, where four string lookups cost more. */
const opensTitledPersonWord = perTextWord(opensTitledPersonAs);

/** titledPerson's first test: the word at `from` opens a titled person (else it finds no one). */
export function opensTitledPerson(words: Word[], from: number): boolean {
  const head = words[from];
  return head === undefined ? opensTitledPersonAs('') : opensTitledPersonWord(head);
}

/** How far a subject's apposition may run: to a colon, a sentence end, a direct quote or أن/إن. */
export function subjectReach(text: string, words: Word[], from: number, ctx: ResolveContext): number {
  let j = from + 1;
  for (; j < words.length && j < from + 20; j++) {
    // (The gap read by code; the string made only when it holds a stop.)
    const gapFrom = words[j - 1]!.end;
    const gapTo = words[j]!.start;
    if ((holdsStop(text, gapFrom, gapTo) && !isAbbreviatedTitle(words[j - 1]!.norm, text.slice(gapFrom, gapTo))) || isComplementizerWord(words[j]!)) break;
    let mark = false;
    for (let k = words[j - 1]!.end; k < words[j]!.start; k++) if (ctx.directOpeners.has(k)) mark = true;
    if (mark) break;
  }
  return j;
}

/** A 2–3 word name right after a comma in the subject zone, closed by a comma or a stop, outside any actor mention. */
export function appositiveName(text: string, words: Word[], from: number, to: number, ctx: ResolveContext): Speaker | null {
  for (let j = from + 1; j < to; j++) {
    const gap = text.slice(words[j - 1]!.end, words[j]!.start);
    if (!COMMA.test(gap)) continue;
    // "أحد وجهاء المنطقة، الشيخ X Y،": an honorific may open the name set off by the comma.
    if (HONORIFICS.has(words[j]!.norm) && j + 1 < to) j++;
    const k = lowerBound(ctx.mentionStarts, words[j]!.start);
    const m = ctx.mentions[k];
    if (m && m.start < words[j]!.end) {
      if (m.actor.type === 'person') return speakerOf(m, ctx.state);
      continue;
    }
    const prev = ctx.mentions[k - 1];
    if (prev && prev.end > words[j]!.start) continue;
    const name = unknownName(text, words, j, Math.min(to + 1, words.length), true);
    if (name) return name;
  }
  return null;
}

/**
 * "متعاملين أوروبيين", "نقيب الصيادين": a plural participle, or a noun (no given
 * name) in construct with a plural of people, is an unnamed group or an office,
 * no person's name.
 */
function groupOfPeople(words: Word[]): boolean {
  const [first, second] = words;
  if (!first || givenNames().byWord.has(first.norm)) return false;
  return /^م[\u0621-\u064a]{4,}(ين|ون)$/.test(first.norm) || (!!second && /^ال[\u0621-\u064a]{3,}(ين|ون)$/.test(second.norm));
}

/**
 * "أعلنت حياد المنطقة": two words, the first no given name, the second a common noun with the article:
 * a noun and its complement (what was announced), no name.
 */
function nounAndCommonNoun(words: Word[]): boolean {
  const [first, second] = words;
  // ("ميرال العلي": a family name that is also a given name.)
  const rest = second!.norm.slice(2);
  return words.length === 2 && !givenNames().byWord.has(first!.norm) && second!.norm.startsWith('ال') && lexicon.commonWords.has(rest) && !givenNames().byWord.has(rest);
}

/** "أمينة المظالم": the words open with a role of ours of two words or more (data/roles.json), a title, no name. */
function opensWithRole(words: Word[]): boolean {
  const roles = lexicon.rolePhrases;
  return roles.has(`${words[0]!.norm} ${words[1]!.norm}`) || (words.length > 2 && roles.has(words.map((w) => w.norm).join(' ')));
}

export function unknownName(text: string, words: Word[], from: number, to: number, appositive = false, openers?: Set<number>): Speaker | null {
  if (stems(words[from]?.norm ?? '').some((s) => lexicon.commonObjects.has(s)) || lexicon.possessives.has(words[from]?.norm ?? '')) return null;
  // A body's name runs up to أن or a colon ("ذكرت هيئة عمليات التجارة البحرية البريطانية أنها").
  if (!appositive && to - from >= 4 && to - from <= 6) {
    const next = words[to];
    const gap = next ? text.slice(words[to - 1]!.end, next.start) : '';
    const body = words.slice(from, to);
    // ("وأضافت بلهجة محلية ممزوجة بكلمات أجنبية:": words behind ب with no definite one among them are how, no body.)
    const manner = body[0]!.norm.startsWith('ب') && !body.some((w) => isDefinite(w.norm));
    if (
      !manner &&
      !isDefinite(body[0]!.norm) &&
      ((next && isComplementizer(next.norm) && !COMMA.test(gap) && ![...gap].some(isQuoteMark)) || /^\s*:/.test(gap)) &&
      // ("وصفت حالة المرضى هنا بالقول:": an attribution phrase ends what was described, no body.)
      !body.some((_, i) => verbAt(body, i) || attributionAt(body, i)) &&
      body.every((w) => /[\u0621-\u064A]/.test(w.norm) && !isDocumentWord(w) && !stems(w.norm).some((x) => lexicon.anonymous.has(x)))
    ) {
      return unnamedBody(text, body[0]!.start, body[body.length - 1]!.end);
    }
  }
  let end = from;
  while (end < to && end - from < 3) {
    const gap = end > from ? text.slice(words[end - 1]!.end, words[end]!.start) : '';
    if (/[،,()\-–—]/.test(gap) || [...gap].some(isQuoteMark)) break;
    end++;
  }
  const n = end - from;
  if (n < 2 || n > 3) return null;
  const nameWords = words.slice(from, end);
  // ("دعا … بتسريع المحاكمات": a verbal noun behind ب or ل is what was asked, no name.)
  // ("وقال إلشاد ماميدوف": أل/إل as printed opens a foreign name, no article.)
  const article = isDefinite(nameWords[0]!.norm) && !printedHamzaAl(text.slice(nameWords[0]!.start, nameWords[0]!.end));
  if ((article && !appositive) || isMannerPhrase(text, nameWords) || verbalNounBehindPreposition(nameWords[0]!.norm)) return null;
  if (constructBehindLam(nameWords[0]!.norm, nameWords[1]!.norm)) return null;
  // "منظمات إغاثية": a plural noun in ات opens no name; nor does a noun for a person ("كتبت زائرة بخط صغير") or a family ("ونفت عائلة القتيل").
  if (nameWords[0]!.norm.length >= 5 && nameWords[0]!.norm.endsWith('ات')) return null;
  if ((isPersonNoun(nameWords[0]!.norm) && !givenNames().byWord.has(nameWords[0]!.norm)) || givenNames().familyNouns.has(nameWords[0]!.norm)) return null;
  if (groupOfPeople(nameWords) || nounAndCommonNoun(nameWords) || opensWithRole(nameWords)) return null;
  // ("قالت وصوتها يرتجف": a noun with a pronoun and one word after it is how it was said; "مدربتها X Y" goes on to a name.)
  if (n === 2 && nameWords[0]!.norm.length >= 5 && endsWithPronoun(text.slice(nameWords[0]!.start, nameWords[0]!.end))) return null;
  for (const w of nameWords) {
    // Names do not start with a preposition glued on ("للتوصل", "بالقلق") nor end in tanween alif ("سألنا بائعاً عراقياً").
    if (/^(لل|بال|كال)/.test(w.norm) || (w !== nameWords[0] && /^ل/.test(w.norm)) || endsInTanweenAlif(text.slice(w.start, w.end))) return null;
    if (commonWordBehind('ب', w.norm)) return null;
    if (!/[\u0621-\u064A]/.test(w.norm) || isTitleWord(w) || isDocumentWord(w) || NOT_NAME_WORDS.has(w.norm) || isFunctionWord(w.norm)) return null;
    if (stems(w.norm).some((s) => lexicon.anonymous.has(s) || lexicon.institutionNouns.has(s))) return null;
  }
  // What follows the name must close it: punctuation, a stop word, or the zone's end at a stop.
  const next = words[end];
  const gap = next ? text.slice(words[end - 1]!.end, next.start) : '';
  // ("رامي عبد الرحمن رئيس المرصد": a title in apposition closes the name too.)
  const closed = appositive
    ? !next || /[،,:]/.test(gap) || isStopWord(next)
    : !next || /[،,:]/.test(gap) || isStopWord(next) || isTitleWord(next) || end === to || markOpensQuote(text, words[end - 1]!.end, gap, openers, true);
  if (!closed || !markOpensQuote(text, words[end - 1]!.end, gap, openers)) return null;
  const first = nameWords[0]!;
  const last = nameWords[n - 1]!;
  const name = text.slice(first.start, last.end);
  return { ref: { id: null, name, start: first.start, end: last.end }, key: `name:${name}`, gender: null, person: true };
}

/**
 * A quotation mark in the gap after a name: none is fine; after a colon it opens
 * the quote ('وقال سامر خليل: "...'), and so does the opening mark of a direct
 * quote right after the name ('وقالت منى يوسف «...»'). Any other mark is a quoted
 * word of the sentence, so the words before it are no name.
 */
export function markOpensQuote(text: string, gapStart: number, gap: string, openers: Set<number> | undefined, required = false): boolean {
  let mark = -1;
  for (let k = 0; k < gap.length && mark < 0; k++) if (isQuoteMark(gap[k]!)) mark = k;
  if (mark < 0) return !required;
  return /:/.test(gap.slice(0, mark)) || (openers?.has(gapStart + mark) ?? false);
}
