// Every actor the analysis names is in `actors`: a speaker found only by the
// speaker stage (a name the gazetteer lacks, "وقال سامر خليل إن ...") joins
// the actors with its mention, and with every other place the text prints that
// name as whole words.
import { COMPLEMENT_HEADS, isFunctionWord, isMannerPhrase, isTitle } from './speakers/model';
import { lexicon, stems, wordsIn } from './speech';
import { SpanOverlaps } from './text/search';
import type { ActorResult, QuoteResult, Span } from './types';


/** A name the speaker stage found that reads as a person's: two or three words, none a body's or an outlet's head. */
function personLike(name: string): boolean {
  const words = wordsIn(name);
  // (An office named without its holder, "مدير المهرجان", is a speaker but no actor's name.)
  if (words.length < 2 || words.length > 3 || isTitle(words[0]!.norm) || isMannerPhrase(name, words)) return false;
  // Nouns that open a body's name ("هيئة البث", "شبكة ...", "مجلس ..."): such a speaker is no person.
  const isHead = (s: string) => COMPLEMENT_HEADS.has(s) || lexicon.scareCues.has(s) || lexicon.mediaNouns.has(s) || lexicon.institutionNouns.has(s);
  return !words.some((w) => isFunctionWord(w.norm) || stems(w.norm).some(isHead));
}

/** What a spokesman speaks for ("متحدث باسم مطاحن البحر الأحمر"): a body or an office, no person's name. */
const speaksFor = (text: string, s: Span) => /باسم[ \u00A0]+$/.test(text.slice(Math.max(0, s.start - 8), s.start));

const WORD_CHAR = /[\p{L}\p{M}\p{N}\u0640]/u;

/** The actors, plus one for each speaker that no actor mention covers; sorted by first mention. */
export function addSpeakersToActors(text: string, actors: ActorResult[], quotes: QuoteResult[]): ActorResult[] {
  // Gathered for the first speaker no actor names (most texts have none).
  let covered: SpanOverlaps | null = null;
  const overlaps = (s: Span) => (covered ??= new SpanOverlaps(actors.flatMap((a) => a.mentions))).any(s.start, s.end);
  const added = new Map<string, ActorResult>();
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.id !== null || !s.name || s.end <= s.start || overlaps(s)) continue;
    if (added.has(s.name) || !personLike(s.name) || speaksFor(text, s)) continue;
    const actor: ActorResult = {
      id: null,
      type: 'person',
      name: { ar: s.name, en: '' },
      about: null,
      mentions: occurrences(text, s.name).filter((m) => !overlaps(m)),
    };
    if (actor.mentions.length === 0) continue;
    added.set(s.name, actor);
  }
  if (added.size === 0) return actors;
  return [...actors, ...added.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Every place the text prints `name` as whole words (a proclitic و/ف/ب/ل/ك may stand before it). */
function occurrences(text: string, name: string): Array<Span & { surface: string }> {
  const out: Array<Span & { surface: string }> = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    const before = text[at - 1] ?? ' ';
    const beforeOk = !WORD_CHAR.test(before) || ('وفبلك'.includes(before) && !WORD_CHAR.test(text[at - 2] ?? ' '));
    if (beforeOk && !WORD_CHAR.test(text[end] ?? ' ')) out.push({ start: at, end, surface: name });
  }
  return out;
}
