// A speech verb said to the writer ("فقالت لي:") or opening the sentence after the writer met or asked
// someone ("سألنا X عما … . قالت:"): the person the writer spoke to speaks.
import { withoutConjunction } from '../clitics';
import { lexicon } from '../speech';
import { firstWordsIn, nextWord } from '../text/tokens';
import type { CueGender } from '../speech';
import { type Resolution, type ResolveContext, insideSpans, lowerBound, mentionAgrees, sentenceStart, speakerOf } from './model';

/**
 * "تحدثت إلى السيدة X، وهي عاملة، فقالت لي:": a verb said to the writer ("لي", "لنا") goes with the person
 * of its gender named last before it in its sentence or the one before it in its paragraph, outside quotes,
 * not with the writer's own verb before.
 */
export function toNarratorBy(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  const verb = nextWord(text, ctx.cueStart, ctx.cueStart + 40);
  const after = verb && nextWord(text, verb.end, verb.end + 10);
  // ("التقيت X، سائق أجرة، يقف في الطابور. قال لي:": the sentence before may name whom the writer met, in the same paragraph.)
  const own = sentenceStart(text, ctx.cueStart, null);
  const previous = own > 0 && text[own - 1] !== '\n' ? sentenceStart(text, own - 1, null) : own;
  const from = text.slice(previous, own).includes('\n') ? own : previous;
  // ("سألنا X عما تتمناه. قالت بصوت خافت:": opening its sentence after the writer met or asked someone, the verb was said to the writer too.)
  const saidToWriter = !!after && lexicon.toNarrator.has(after.norm);
  if (!saidToWriter && !(from < own && text.slice(own, ctx.cueStart).trim() === '' && writerMetIn(text, from, own))) return null;
  for (let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1; k >= 0 && ctx.mentions[k]!.start >= from; k--) {
    const m = ctx.mentions[k]!;
    if (m.actor.type !== 'person' || insideSpans(ctx.direct, ctx.directStarts, m.start)) continue;
    if (mentionAgrees(m, gender, ctx.state)) return { kind: 'carry', speaker: speakerOf(m, ctx.state) };
  }
  return null;
}

/** A verb of the writer meeting or asking someone (data/speech-verbs.json toNarrator.writerMet) among the first words of [from, to). */
function writerMetIn(text: string, from: number, to: number): boolean {
  return firstWordsIn(text, from, to, 6).some((w) => lexicon.writerMet.has(withoutConjunction(w.norm)));
}
