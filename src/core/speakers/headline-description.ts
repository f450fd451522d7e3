// A headline that gives its speaker by description only ("دبلوماسي أوكراني سابق: «…»",
// "حوار | مديرة مستشفى ميداني: «…»") quotes the person the article then
// introduces with the same title ("الدبلوماسي الأوكراني السابق X", "X، مديرة المستشفى الميداني").
import { lexicon, wordsIn, type Word } from '../speech';
import type { SpeakerRef } from '../types';
import { givenNames } from '../lexicon/given-names';
import { isStop, lowerBound, mentionRef, type Mention } from './model';

/** How many words before a person's name, or after the comma behind it, the description may stand in. */
const TITLE_REACH = 8;

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
    const before = wordsIn(text, Math.max(bodyStart, m.start - 100), m.start).slice(-TITLE_REACH);
    const after = /^[ \u00A0]*[،,]/.test(text.slice(m.end, m.end + 3)) ? wordsIn(text, m.end, Math.min(text.length, m.end + 100)).slice(0, TITLE_REACH) : [];
    if (describedBy(before, describing) || describedBy(after, describing)) return mentionRef(m);
    if (describedBy(before, describing.slice(0, 1)) || describedBy(after, describing.slice(0, 1))) {
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
