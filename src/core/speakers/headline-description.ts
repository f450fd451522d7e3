// A headline that gives its speaker by description only ("دبلوماسي أوكراني سابق: «…»",
// "حوار | مديرة مستشفى ميداني: «…»") quotes the person the article then
// introduces with the same title ("الدبلوماسي الأوكراني السابق X", "X، مديرة المستشفى الميداني").
import { clauseBreakIn } from '../chars';
import { lexicon, wordsIn, type Word } from '../speech';
import type { SpeakerRef } from '../types';
import { givenNames } from '../lexicon/given-names';
import { isStop, lowerBound, mentionRef, type Mention } from './model';

/** How many words before a person's name, or after the comma behind it, the description may stand in. */
const TITLE_REACH = 8;

/** How many words after a comma behind the name the title alone may stand in ("X، وهو مزارع"). */
const TITLE_ALONE_REACH = 2;

/** How many of the description's first words must stand near the name (a title and what follows it: "وزير الخارجية الروسي"). */
const WORDS_MATCHED = 3;

/**
 * The description's first words without their article, up to its first stop word ("مزارع من X", "محامية
 * أرمينية عن …": what follows says where or about what), when the first is one of data/speech-verbs.json titleWords.
 */
function describingWords(words: Word[]): string[] {
  const stop = words.findIndex((w) => isStop(w.norm));
  const bare = (stop < 0 ? words : words.slice(0, stop)).map((w) => w.norm.replace(/^ال/, '')).filter((w) => w.length > 2).slice(0, WORDS_MATCHED);
  const title = bare[0];
  const nouns = givenNames().personNouns;
  return title && (lexicon.titleWords.has(title) || lexicon.titleWords.has(`ال${title}`) || nouns.has(title) || nouns.has(`ال${title}`)) ? bare : [];
}

/** Every describing word stands among `words`, with or without its article. */
function describedBy(words: Word[], describing: string[]): boolean {
  const near = new Set(words.map((w) => w.norm.replace(/^ال/, '')));
  return describing.every((w) => near.has(w));
}

/**
 * The first person after the headline's line (from `bodyStart`) named next to the description's first
 * words (in the few words before the name, or right after a comma behind it); else the only one named
 * next to its title word alone ("محامية أرمينية:" and "التقينا المحامية X"). Null when the description
 * names a person itself.
 */
export function describedInBody(text: string, description: Word[], mentions: Mention[], mentionStarts: number[], bodyStart: number): SpeakerRef | null {
  const describing = describingWords(description);
  if (describing.length === 0 || personBetween(mentions, mentionStarts, description[0]!.start, description.at(-1)!.end)) return null;
  const titled = new Set<Mention['actor']>();
  let onlyTitled: Mention | null = null;
  // (The first twenty persons at most: the one a headline describes is introduced early.)
  for (let k = lowerBound(mentionStarts, bodyStart), seen = 0; k < mentions.length && seen < 20; k++) {
    const m = mentions[k]!;
    if (m.actor.type !== 'person') continue;
    seen++;
    // (Within the name's clause: no sentence's end, colon or quotation mark between.)
    const before = clauseWords(text, Math.max(bodyStart, m.start - 100), m.start, 'before').slice(-TITLE_REACH);
    const after = /^[ \u00A0]*[،,]/.test(text.slice(m.end, m.end + 3)) ? clauseWords(text, m.end, Math.min(text.length, m.end + 100), 'after').slice(0, TITLE_REACH) : [];
    if (describing.length > 1 && (describedBy(before, describing) || describedBy(after, describing))) return mentionRef(m);
    // (The title alone only right next to the name, with no complement of its own: "التقينا المحامية X", "X، وهو مزارع"; not "مدرب الأهلي X".)
    if (describedBy(before.slice(-1), describing.slice(0, 1)) || describedBy(after.slice(0, TITLE_ALONE_REACH), describing.slice(0, 1))) {
      titled.add(m.actor);
      onlyTitled ??= m;
    }
  }
  return titled.size === 1 ? mentionRef(onlyTitled!) : null;
}

/** A person is named between `from` and `to`. */
function personBetween(mentions: Mention[], mentionStarts: number[], from: number, to: number): boolean {
  for (let k = lowerBound(mentionStarts, from); k < mentions.length && mentions[k]!.start < to; k++) if (mentions[k]!.actor.type === 'person') return true;
  return false;
}

/** The words of [from, to) on the name's side of any break of its clause: the last ones before a name ending at `to`, or the first after a name ending at `from`. */
function clauseWords(text: string, from: number, to: number, side: 'before' | 'after'): Word[] {
  const words = wordsIn(text, from, to);
  const gapBefore = (i: number) => [i === 0 ? from : words[i - 1]!.end, words[i]!.start] as const;
  if (side === 'after') {
    const stop = words.findIndex((_, i) => clauseBreakIn(text, ...gapBefore(i)));
    return stop < 0 ? words : words.slice(0, stop);
  }
  for (let i = words.length - 1; i >= 0; i--) if (clauseBreakIn(text, words[i]!.end, i === words.length - 1 ? to : words[i + 1]!.start)) return words.slice(i + 1);
  return words;
}
