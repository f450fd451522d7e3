import { commaIn } from '../../../chars';
import { givenNames } from '../../../lexicon/given-names';
import { lastWordIn, lexicon, oncePerWord, stems, wordsIn, type Word } from '../../../speech';
import { nextWord } from '../../../text/tokens';
import type { SpeakerRef } from '../../../types';
import { NOT_NAME_WORDS, insideSpans, isDefinite, isDocument, isRoleWord, isStop, isTitle, lowerBound, mentionAgrees, occurrencesIn, speakerOf, type Mention, type ResolveContext } from '../../model';
import type { SubjectRule } from './rule';

/** How many mentions back a first name or a surname may point. */
const MAX_MENTIONS_BACK = 60;

/** Words that open or join names and say nothing alone ("أبو"، "عبد"، "بن"، "فون"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([...lexicon.nameConnectors, ...lexicon.foreignNameParticles]);

/** Particles that open a name of two words ("عبد اللطيف"، "أبو خالد"، "أم أسامة"). */
const OPENING_PARTICLES: ReadonlySet<string> = new Set([...lexicon.compoundNameHeads, ...givenNames().kunyas.keys()]);

/** The normalized words of a mention's surface, once per surface (asked of up to 60 mentions at each cue). */
const surfaceWords = oncePerWord((surface) => wordsIn(surface).map((w) => w.norm));

/** The latest person named before the cue whose name holds these words in a row ("سماح" of "سماح النجار"). */
function personNamed(ctx: ResolveContext, parts: string[]): Mention | null {
  for (let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1, seen = 0; k >= 0 && seen < MAX_MENTIONS_BACK; k--, seen++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type !== 'person') continue;
    const names = surfaceWords(m.surface);
    if (names.length <= parts.length) continue;
    for (let i = 0; i + parts.length <= names.length; i++) if (wordsAt(names, i, parts)) return m;
  }
  return null;
}

/** names[i], names[i + 1], … are `parts`. (Compared in a loop: an arrow here, made at every i, cost its scope too.) */
function wordsAt(names: readonly string[], i: number, parts: readonly string[]): boolean {
  for (let n = 0; n < parts.length; n++) if (names[i + n] !== parts[n]) return false;
  return true;
}

/** How far back the text is searched for the longer name. */
const MAX_CHARS_BACK = 6000;

const ARTICLE = /^ال/;
/** A word that may be a first name or a surname: no title, role, person noun, stop, document or institution word. */
function couldBeName(w: string): boolean {
  if (!/^[\u0621-\u064A]+$/.test(w) || isTitle(w) || isRoleWord(w) || isStop(w) || isDocument(w) || NOT_NAME_WORDS.has(w)) return false;
  if (givenNames().personNouns.has(w) || givenNames().personNouns.has(w.replace(ARTICLE, ''))) return false;
  return !stems(w).some((x) => lexicon.anonymous.has(x) || lexicon.institutionNouns.has(x) || lexicon.commonObjects.has(x) || lexicon.spokesperson.has(x));
}

/**
 * A surname after the word `prev`: a given name ("كريم برصوميان") or, when a comma
 * closes the two words, any word that does not look like a present-tense verb
 * ("حسان كيفوركيان، صانع الأحذية").
 */
function surnameAfter(text: string, prev: string, end: number): boolean {
  if (givenNames().byWord.has(prev)) return true;
  return /^\s*[،,]/.test(text.slice(end, end + 3)) && !(/^[يتن]/.test(prev) && prev.length >= 4);
}

const SPACES_ONLY = /^ +$/;
/**
 * A person the actor finder missed: the words printed earlier, outside quotes, as
 * part of a longer name — with a name word after them ("سماح النجار") or, for a
 * surname with ال or after a given name, before them ("رامي الشوا"، "كريم برصوميان").
 */
function namedEarlier(text: string, surface: string, ctx: ResolveContext, compound = false): boolean {
  const floor = Math.max(0, ctx.cueStart - MAX_CHARS_BACK);
  const letter = /[\u0621-\u064A]/;
  // (Its starts up to the cue, found once per text: lastIndexOf back from the cue read the text to its start when the words were not there.)
  // (lastIndexOf's bound: at most the cue's start - 1, at least 0.)
  const last = Math.max(0, ctx.cueStart - 1);
  const starts = occurrencesIn(ctx.state, text, surface).upTo(last);
  for (let k = lowerBound(starts, last + 1) - 1, n = 0; k >= 0 && starts[k]! >= floor && n < 8; k--, n++) {
    const at = starts[k]!;
    const end = at + surface.length;
    if (letter.test(text[at - 1] ?? ' ') || letter.test(text[end] ?? ' ') || insideSpans(ctx.direct, ctx.directStarts, at)) continue;
    // (The word after and the word before, read alone: no array of the words around.)
    const next = nextWord(text, end, Math.min(text.length, end + 20));
    if (next && SPACES_ONLY.test(text.slice(end, next.start)) && couldBeName(next.norm) && !isDefinite(surface)) return true;
    const prev = lastWordIn(text, Math.max(0, at - 20), at);
    // (A surname with ال, or one opened by a particle: "رامي الشوا"، "نهى عبد اللطيف".)
    // (A definite word after any other word is a noun of the sentence: "توصل الأطراف اليمنية".)
    const surnameWithAl = isDefinite(surface) && givenNames().byWord.has(prev?.norm ?? '');
    if (prev && SPACES_ONLY.test(text.slice(prev.end, at)) && couldBeName(prev.norm) && (surnameWithAl || compound || surnameAfter(text, prev.norm, end)) && !isDefinite(prev.norm)) return true;
  }
  return false;
}

/** The words as printed here, a name the actor finder lacks. */
function printedName(text: string, words: Word[], from: number, to: number): SpeakerRef {
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  return { id: null, name: text.slice(start, end), start, end };
}

/** The end (word index, exclusive) of the words from `from` up to the first comma between two of them. */
function beforeComma(text: string, words: Word[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) if (commaIn(text, words[j - 1]!.end, words[j]!.start)) return j;
  return to;
}

export const partOfName: SubjectRule = {
  name: 'part of a name said before',
  why: 'A first name or a surname alone as the whole subject ("تقول سماح:"، "يوضح نجار.") is the person named with it earlier, even one the actor finder missed.',
  examples: [
    { text: 'وكانت أمل عطية تعمل ليلا في مستشفى مكتظ. وأعلنت وزارة الصحة أنها سترسل الأدوية. تقول أمل: "هذا آخر ما بقي من الدواء".', quote: 'هذا آخر ما بقي من الدواء', speaker: 'أمل' },
    { text: 'تقف نور جمعة أمام حقلها المحروق منذ الصباح. وقالت الوزارة إنها ستعوض المتضررين. تقول نور: "لم يعوضنا أحد حتى الآن".', quote: 'لم يعوضنا أحد حتى الآن', speaker: 'نور' },
    { text: 'في ورشته الصغيرة يعمل غارنيك كيفوركيان، صانع الأحذية، منذ الفجر. "الجلد صار أغلى من الحذاء نفسه"، يقول كيفوركيان.', quote: 'الجلد صار أغلى من الحذاء نفسه', speaker: 'كيفوركيان' },
    { text: 'تعمل سدرة الخطيب ممرضة في مستشفى ميداني منذ عامين. "نعمل بلا كهرباء منذ أسبوع"، قالت سدرة، ثم عادت إلى عملها.', quote: 'نعمل بلا كهرباء منذ أسبوع', speaker: 'سدرة' },
    { text: 'ويقول المصدّر وسام عبد الغفور، صاحب مصنع للصابون، إن الأسعار "ترتفع كل أسبوع". "لم نعد نعرف كيف نسعّر بضاعتنا"، يوضح عبد الغفور.', quote: 'لم نعد نعرف كيف نسعّر بضاعتنا', speaker: 'عبد الغفور' },
  ],
  apply({ text, words, from, to: zoneTo, ctx, names }) {
    // ("قالت سماح، ثم سكتت": the subject ends at a comma.)
    const to = beforeComma(text, words, from, zoneTo);
    if (to - from < 1 || to - from > 2 || names().namedAnyone) return undefined;
    // (Pushed, not map: text/document.ts readDocument says why.)
    const parts: string[] = [];
    for (let k = from; k < Math.min(to, words.length); k++) parts.push(words[k]!.norm);
    // ("عبد اللطيف"، "أبو خالد": a particle that opens a two-word name is part of it.)
    const compound = parts.length === 2 && OPENING_PARTICLES.has(parts[0]!) && !NAME_PARTICLES.has(parts[1]!);
    if (!compound && parts.some((p) => p.length < 3 || NAME_PARTICLES.has(p))) return undefined;
    const m = personNamed(ctx, parts);
    if (!m) {
      if (!parts.every((p, i) => couldBeName(p) || (compound && i === 0)) || !namedEarlier(text, text.slice(words[from]!.start, words[to - 1]!.end), ctx, compound)) return undefined;
      const ref = printedName(text, words, from, to);
      return { kind: 'explicit', speaker: { ref, key: `name:${ref.name}`, gender: null, person: true } };
    }
    if (!mentionAgrees(m, ctx.gender, ctx.state)) return undefined;
    const speaker = speakerOf(m, ctx.state);
    // The words as printed here point at that person.
    const at = { start: words[from]!.start, end: words[to - 1]!.end };
    return { kind: 'explicit', speaker: { ...speaker, ref: { ...speaker.ref, ...at } } };
  },
};
