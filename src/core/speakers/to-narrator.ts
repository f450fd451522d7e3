// A speech verb said to the writer ("فقالت لي:") or opening the sentence after the writer met or asked
// someone ("سألنا X عما … . قالت:"): the person the writer spoke to speaks.
import { withoutConjunction } from '../clitics';
import { lexicon } from '../speech';
import { firstWordsIn, nextWord } from '../text/tokens';
import type { CueGender } from '../speech';
import type { Gender } from '../types';
import { type Resolution, type ResolveContext, type Speaker, insideSpans, lineStartOf, sentenceBeforeStart, lowerBound, mentionAgrees, sentenceStart, speakerOf } from './model';

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
  const previous = sentenceBeforeStart(text, ctx.cueStart);
  const from = text.slice(previous, own).includes('\n') ? own : previous;
  // ("سألنا X عما تتمناه. قالت بصوت خافت:": opening its sentence after the writer met or asked someone, the verb was said to the writer too.)
  const saidToWriter = !!after && lexicon.toNarrator.has(after.norm);
  const asked = askedByPronoun(ctx, gender, text, own);
  if (asked) return asked;
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

/**
 * "وعندما سألناه عما يحتاجه، صمت قليلا ثم قال:": the writer's verb of asking with its object pronoun
 * among the first words of the verb's sentence, no person named in its paragraph before the verb, points at
 * whom the text has quoted most of that gender so far (the one interviewed): that one answers.
 */
function askedByPronoun(ctx: ResolveContext, gender: CueGender | null, text: string, sentenceFrom: number): Resolution | null {
  if (gender !== 'm' && gender !== 'f') return null;
  const [pronoun, other] = gender === 'm' ? ['ه', 'ها'] : ['ها', 'هم'];
  const asked = firstWordsIn(text, sentenceFrom, ctx.cueStart, 4).find((w) => lexicon.writerMet.has(withoutConjunction(w.norm)) && w.norm.endsWith(pronoun) && !w.norm.endsWith(other));
  // (Only with no person named in the paragraph before the cue: "X تنتظر زوجها. سألناها …، فأجابت" is X's.)
  if (!asked || lowerBound(ctx.mentionStarts, lineStartOf(text, asked.start)) !== lowerBound(ctx.mentionStarts, ctx.cueStart)) return null;
  const speaker = mostQuoted(ctx, gender);
  return speaker ? { kind: 'carry', speaker } : null;
}

/** The person of that gender the cues before this one give most often (the later on a tie). */
function mostQuoted(ctx: ResolveContext, gender: Gender): Speaker | null {
  const counts = new Map<string, { speaker: Speaker; n: number }>();
  let best: { speaker: Speaker; n: number } | null = null;
  for (const cue of ctx.cues) {
    if (cue.start >= ctx.cueStart) break;
    const r = cue.resolution;
    if ((r.kind !== 'explicit' && r.kind !== 'carry') || !r.speaker.person || r.speaker.gender !== gender) continue;
    const entry = counts.get(r.speaker.key) ?? { speaker: r.speaker, n: 0 };
    counts.set(r.speaker.key, { speaker: entry.speaker, n: entry.n + 1 });
    if (!best || entry.n + 1 >= best.n) best = counts.get(r.speaker.key)!;
  }
  return best?.speaker ?? null;
}
