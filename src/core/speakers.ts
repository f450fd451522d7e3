// Who said each quote. Every speech cue of the text (a speech verb such as
// "وقال"/"وأضافت"/"مؤكدا", or an attribution phrase such as "بحسب"/"جاء في")
// is read in order, its subject resolved to an actor mention (or to the last
// speaker of the verb's gender when the verb has no subject of its own, or to
// null for an anonymous source), and each quote takes the speaker of the cue
// that governs it: the first rule of speakers/rules/index.ts that decides (the
// last cue before it in its sentence, else a cue right after it, ...).
import { findQuotations, type Quotation, type RawQuote } from './quotes';
export { addSpeakersToActors } from './speaker-actors';
import { lineWords, type LineWords } from './speech';
import type { ActorResult, QuoteResult, SpeakerRef } from './types';
import { sortByStartLongestFirst } from './text/search';

/** A span's start and end as one number, a key of one map (exact for offsets below 2^26, texts far longer than analyzed). */
const spanKey = (start: number, end: number): number => start * 0x4000000 + end;

import { readCues } from './speakers/cues';
import { readInterview } from './speakers/interview';
import type { OnSubject } from './speakers/subject';
import { type Mention, refOf, sentenceStart } from './speakers/model';
import { QUOTE_RULES, type QuoteZone } from './speakers/rules';
import { lastCueBefore } from './speakers/rules/cues';

/** Told which rule decided each direct quote's speaker (tests and diagnostics). */
export type OnDecision = (quote: RawQuote, rule: string | null) => void;

/** Ties each quote to who said it, or null when the text never says. */
export function attributeSpeakers(
  text: string,
  quotes: RawQuote[],
  actors: ActorResult[],
  quotations: Quotation[] = findQuotations(text),
  lines: LineWords = lineWords(text),
  onDecision?: OnDecision,
  onSubject?: OnSubject,
): QuoteResult[] {
  if (quotes.length === 0) return [];
  // (Plain loops: filter and flatMap made an array per actor.)
  const media: number[] = [];
  const actorMentions: Mention[] = [];
  for (const a of actors) {
    if (a.type === 'media') for (const m of a.mentions) media.push(m.start);
    else for (const m of a.mentions) actorMentions.push({ start: m.start, end: m.end, surface: m.surface, actor: a });
  }
  media.sort((a, b) => a - b);
  const mentions = sortByStartLongestFirst(actorMentions);
  const direct = quotations.filter((q) => q.category === 'direct');
  const cues = readCues(text, lines, mentions, direct, media, onSubject);
  const base = { text, cues, cueStarts: cues.map((c) => c.start), mentions, mentionStarts: mentions.map((m) => m.start) };
  const interview = readInterview(text, mentions, base.mentionStarts, direct);
  const results = new Map<RawQuote, SpeakerRef | null>();
  // Marks around each direct quote (the quote list carries only the inner span).
  // (Keyed by start and end as one number: no string and no map made per quote.)
  const outerOf = new Map<number, { outerStart: number; outerEnd: number }>();
  for (const q of quotations) outerOf.set(spanKey(q.start, q.end), q);
  let previous: QuoteZone['previous'] = null;
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    if (q.kind === 'indirect') {
      // The cue is the speech verb just before the reported clause.
      const cue = lastCueBefore(cues, base.cueStarts, Math.max(0, sentenceStart(text, q.start, null)), q.start);
      results.set(q, cue ? refOf(cue.resolution) : null);
      continue;
    }
    const { outerStart, outerEnd } = outerOf.get(spanKey(q.start, q.end)) ?? { outerStart: q.start, outerEnd: q.end };
    const sentenceFrom = sentenceStart(text, outerStart, previous?.outerEnd ?? null);
    const zone: QuoteZone = { text, cues, cueStarts: base.cueStarts, mentions, mentionStarts: base.mentionStarts, outerStart, outerEnd, sentenceFrom, previous, interview };
    const decided = decide(zone);
    onDecision?.(q, decided?.rule ?? null);
    results.set(q, decided?.speaker ?? null);
    previous = { outerEnd, speaker: decided?.speaker ?? null };
  }
  headlineQuotedAgain(text, quotes, results, mentions);
  // (Pushed, not map: text/document.ts readDocument says why.)
  const out: QuoteResult[] = [];
  for (const q of quotes) out.push({ start: q.start, end: q.end, kind: q.kind, speaker: results.get(q) ?? null });
  return out;
}

/**
 * A headline's quote that the body quotes again ('ممرضة في المخيم: "الماء صار حلما"' … 'قالت X: «… الماء صار
 * حلما …»') is the body's speaker's, when the headline names no actor of its own (a description, or nobody).
 */
function headlineQuotedAgain(text: string, quotes: RawQuote[], results: Map<RawQuote, SpeakerRef | null>, mentions: Array<{ start: number; end: number }>): void {
  const headlineEnd = text.search(/[\n\r]/);
  if (headlineEnd < 0) return;
  for (const h of quotes) {
    if (h.kind !== 'direct' || h.start >= headlineEnd) continue;
    const said = results.get(h);
    if (said && mentions.some((m) => m.start < said.end && said.start < m.end)) continue;
    const words = text.slice(h.start, h.end).trim();
    const again = quotes.find((q) => q.kind === 'direct' && q.start > headlineEnd && results.get(q) && text.slice(q.start, q.end).includes(words));
    if (again) results.set(h, results.get(again)!);
  }
}

/** The first rule of QUOTE_RULES that decides. */
function decide(zone: QuoteZone): { rule: string; speaker: SpeakerRef | null } | null {
  for (const rule of QUOTE_RULES) {
    const out = rule.apply(zone);
    if (out) return { rule: rule.name, speaker: out.speaker };
  }
  return null;
}
