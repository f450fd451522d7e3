// A speech verb in a relative clause on a person's statement ("مقابلة الوزير X مع قناة محلية، التي قال فيها"):
// the person whose statement it is speaks.
import { lexicon, type CueGender } from '../speech';
import { lastWordsIn, nextWord } from '../text/tokens';
import { type Resolution, type ResolveContext, isDocument, lowerBound, mentionAgrees, sentenceStart, speakerOf } from './model';

/** How many words before the relative pronoun the statement's noun may stand. */
const STATEMENT_REACH = 10;

/**
 * "وذكّر المحلل بمقابلة الوزير X مع قناة محلية، التي قال فيها إن …": a verb right after a relative pronoun and
 * followed by "فيها"/"فيه" says what the statement held; the person named after the statement's noun (a
 * document noun: تصريحات، كلمة، مقابلة) said it, not the subject of the sentence.
 */
export function statementOwner(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  const verb = nextWord(text, ctx.cueStart, ctx.cueStart + 30);
  const after = verb && nextWord(text, verb.end, verb.end + 10);
  if (!after || !lexicon.relativeAdverbs.has(after.norm)) return null;
  const from = sentenceStart(text, ctx.cueStart, null);
  const before = lastWordsIn(text, from, ctx.cueStart, STATEMENT_REACH + 1);
  const relative = before[before.length - 1];
  if (!relative || !lexicon.relativePronouns.has(relative.norm)) return null;
  let statement = -1;
  for (let i = before.length - 2; i >= 0 && statement < 0; i--) if (isDocument(before[i]!.norm)) statement = before[i]!.end;
  if (statement < 0) return null;
  for (let k = lowerBound(ctx.mentionStarts, statement); k < ctx.mentions.length && ctx.mentions[k]!.end <= relative.start; k++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person') return mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
  }
  return null;
}
