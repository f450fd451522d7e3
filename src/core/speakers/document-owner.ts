// A speech verb in a relative clause on a person's statement ("مقابلة الوزير X مع قناة محلية، التي قال فيها"):
// the person whose statement it is speaks.
import { lexicon, type CueGender } from '../speech';
import { lastWordsIn, nextWord, type Word } from '../text/tokens';
import { type Resolution, type ResolveContext, isDocument, lowerBound, mentionAgrees, sentenceStart, speakerOf } from './model';

/** How many words before the relative pronoun the statement's noun may stand. */
const STATEMENT_REACH = 10;
/** Without a relative pronoun, how many words may stand between the statement's noun and its owner's name. */
const OWNER_REACH = 3;

/**
 * "وذكّر المحلل بمقابلة الوزير X مع قناة محلية، التي قال فيها إن …": a verb right after a relative pronoun and
 * followed by "فيها"/"فيه" says what the statement held; the person named after the statement's noun (a
 * document noun: تصريحات، كلمة، مقابلة) said it, not the subject of the sentence. An indefinite statement takes
 * no relative pronoun ("ونقل السفير رسالة من الرئيس X جاء فيها:"): then its owner must be named right after it.
 */
export function statementOwner(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  const verb = nextWord(text, ctx.cueStart, ctx.cueStart + 30);
  const after = verb && nextWord(text, verb.end, verb.end + 10);
  if (!after || !lexicon.relativeAdverbs.has(after.norm)) return null;
  const from = sentenceStart(text, ctx.cueStart, null);
  const before = lastWordsIn(text, from, ctx.cueStart, STATEMENT_REACH + 1);
  const relative = before[before.length - 1];
  if (!relative) return null;
  if (!lexicon.relativePronouns.has(relative.norm)) return ownerNamedAfterStatement(ctx, text, before);
  let statement = -1;
  for (let i = before.length - 2; i >= 0 && statement < 0; i--) if (isDocument(before[i]!.norm)) statement = before[i]!.end;
  if (statement < 0) return null;
  for (let k = lowerBound(ctx.mentionStarts, statement); k < ctx.mentions.length && ctx.mentions[k]!.end <= relative.start; k++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person') return mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
  }
  return null;
}

/**
 * "رسالة من الرئيس X جاء فيها": the last statement noun before the verb, a person named at most OWNER_REACH
 * words after it ("من", a title), and nothing but that name between it and the verb. (The verb agrees with
 * what the statement holds, not with its owner: no gender test.)
 */
function ownerNamedAfterStatement(ctx: ResolveContext, text: string, before: Word[]): Resolution | null {
  let i = before.length - 1;
  while (i >= 0 && !isDocument(before[i]!.norm)) i--;
  if (i < 0) return null;
  const statement = before[i]!;
  const k = lowerBound(ctx.mentionStarts, statement.end);
  const m = ctx.mentions[k];
  if (!m || m.actor.type !== 'person' || m.end > ctx.cueStart || (ctx.mentions[k + 1]?.start ?? Infinity) < ctx.cueStart) return null;
  const between = before.filter((w) => w.start >= statement.end && w.end <= m.start).length;
  const trailing = before.filter((w) => w.start >= m.end).length;
  if (between > OWNER_REACH || trailing > 0 || /[.!؟?]/.test(text.slice(statement.end, ctx.cueStart))) return null;
  return { kind: 'carry', speaker: speakerOf(m, ctx.state), reported: true };
}
