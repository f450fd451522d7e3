import { attributionAt, lexicon, verbAt, wordsIn } from '../../speech';
import type { SpeakerRef } from '../../types';
import { LINE_BREAK, lowerBound, mentionRef, type Mention } from '../model';
import { endsSentenceAt } from '../../text/sentences';
import type { QuoteZone, SpeakerRule } from './rule';

/** "X: ... "quote"" — a headline or list item that names its speaker before a colon. */
function headlineSpeaker(zone: QuoteZone): SpeakerRef | null {
  const { text, mentions, mentionStarts: starts, outerStart: at } = zone;
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 300 && !LINE_BREAK.test(text[lineStart - 1]!)) lineStart--;
  // The colon nearest the quote, and the words of its own sentence before it (a live-blog entry
  // "X: …. Y على إكس: «…»" names Y for this quote).
  const rel = text.slice(lineStart, at).lastIndexOf(':');
  if (rel < 0) return null;
  const colon = lineStart + rel;
  let from = colon;
  while (from > lineStart && !endsSentenceAt(text, from - 1)) from--;
  lineStart = from;
  const words = wordsIn(text, lineStart, colon);
  if (words.length === 0 || words.length > 8) return null;
  if (words.some((w) => lexicon.anonymous.has(w.norm) || lexicon.documentNouns.has(w.norm) || lexicon.pageLabels.has(w.norm))) return null;
  // "وأضاف: ..." is a cue without a subject, not a headline naming someone.
  if (words.some((_, i) => verbAt(words, i) || attributionAt(words, i))) return null;
  // "رئيس الوزراء البريطاني كير ستارمر: ...", "زاخاروفا لـ"سبوتنيك": ...": the first person, else the first actor.
  let best: Mention | null = null;
  for (let k = lowerBound(starts, lineStart); k < mentions.length && mentions[k]!.start < colon; k++) {
    const m = mentions[k]!;
    if (!best || (m.actor.type === 'person' && best.actor.type !== 'person')) best = m;
  }
  if (best) return mentionRef(best);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return { id: null, name: text.slice(first.start, last.end), start: first.start, end: last.end };
}

export const headline: SpeakerRule = {
  name: 'headline',
  why: 'A headline, list item or live-blog entry "X: «...»" names its speaker before the colon nearest the quote, in that colon\'s own sentence.',
  examples: [
    { text: 'زيلينسكي: "سنستعيد كل شبر من أرضنا المحتلة"\n\nتواصلت المعارك في شرق أوكرانيا مع روسيا.', quote: 'سنستعيد كل شبر من أرضنا المحتلة', speaker: 'زيلينسكي' },
    { text: '10:30\nوزارة الصحة في غزة: وصلت ثلاث شاحنات أدوية فقط. مدير المستشفى الأهلي منير البرش على إكس: "الأدوية لا تكفي لأكثر من يومين".', quote: 'الأدوية لا تكفي لأكثر من يومين', speaker: 'منير البرش' },
  ],
  apply(zone) {
    const speaker = headlineSpeaker(zone);
    return speaker ? { speaker } : undefined;
  },
};
