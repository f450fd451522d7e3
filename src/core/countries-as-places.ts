// Countries named only as places on a page about no conflict, and as flags on any page: no actors there.
import { inSetBehindConjunction, isConjunction } from './clitics';
import { lexicon } from './lexicon';
import { wordRange, type TextDocument } from './text/document';
import { perWord } from './text/vocabulary';
import type { ActorResult } from './types';

/**
 * On a page about no conflict (sport, culture, trade), a country named only as a place is no actor: after a
 * place word of data/ambiguous.json `capitalPlaceWords` ("ضيوف من مصر", "ينتقل المعرض إلى تونس", "بطولة
 * في قطر"), or joined by و to such a country ("من مصر وتونس والعراق"). The gold guidelines make a country
 * that is only a location optional at most. A conflict page keeps them: there the same words often name the
 * state acting ("وصل وفد من روسيا"), so this runs only once the page is found to be about no conflict.
 */
export function withoutCountriesAsPlaces(doc: TextDocument, actors: ActorResult[]): ActorResult[] {
  return withoutMentions(actors, countryMentionsAsPlaces(doc, actors));
}

/**
 * On any page, a state named as the flag a ship or a crowd flies (data/ambiguous.json `flagWords`: "سفينة ترفع
 * علم ليبيريا", "رفعوا أعلام أوكرانيا") is no actor there: the flag names the country, nobody acts.
 */
export function withoutFlags(doc: TextDocument, actors: ActorResult[]): ActorResult[] {
  const flags = new Set<number>();
  for (const actor of actors) {
    if (actor.type !== 'state') continue;
    for (const span of actor.mentions) {
      const at = wordRange(doc, span.start, span.end)[0];
      const before = doc.tokens[at - 1];
      // (The flag word first: few mentions follow one, and the test by word id makes no string.)
      if (before?.joinsNext && isFlagWord(before) && doc.words[at] && doc.text.slice(doc.words[at]!.start, span.start) === '') flags.add(span.start);
    }
  }
  return withoutMentions(actors, flags);
}

/** A word of data/ambiguous.json flagWords, itself or behind و/ف ("وعلم"): asked before every state's mention, answered once per word. */
const isFlagWord = perWord((word) => inSetBehindConjunction(lexicon.flagWords, word));

/** The actors without the mentions that start at `dropped`; an actor left with none is dropped. */
function withoutMentions(actors: ActorResult[], dropped: Set<number>): ActorResult[] {
  if (dropped.size === 0) return actors;
  const kept: ActorResult[] = [];
  for (const actor of actors) {
    const mentions = actor.mentions.filter((m) => !dropped.has(m.start));
    if (mentions.length === actor.mentions.length) kept.push(actor);
    else if (mentions.length > 0) kept.push({ ...actor, mentions });
  }
  return kept;
}

/** "وزراء من جورجيا", "وفدان من قطر": the word before من is a delegation the state sends (data/ambiguous.json delegateWords). */
function sentBy(doc: TextDocument, at: number): boolean {
  const word = doc.tokens[at];
  return !!word?.joinsNext && doc.tokens[at + 1]?.text === 'من' && inSetBehindConjunction(lexicon.delegateWords, word.text);
}

/** The starts of the states' mentions named as places, in text order so that a list follows its first member. */
function countryMentionsAsPlaces(doc: TextDocument, actors: ActorResult[]): Set<number> {
  const spans = actors.filter((a) => a.type === 'state').flatMap((a) => a.mentions);
  spans.sort((a, b) => a.start - b.start);
  const places = new Set<number>();
  let lastPlaceWord = -2;
  for (const span of spans) {
    const at = wordRange(doc, span.start, span.end)[0];
    const word = doc.words[at];
    if (!word) continue;
    const before = doc.tokens[at - 1];
    const proclitic = doc.text.slice(word.start, span.start);
    const afterPlaceWord = proclitic === '' && !!before?.joinsNext && inSetBehindConjunction(lexicon.capitalPlaceWords, before.text) && !sentBy(doc, at - 2);
    // ("… من مصر وتونس": the next member of a list of places.)
    const nextInList = proclitic.length === 1 && isConjunction(proclitic) && lastPlaceWord === at - 1;
    if (!afterPlaceWord && !nextInList) continue;
    places.add(span.start);
    lastPlaceWord = at;
  }
  return places;
}
