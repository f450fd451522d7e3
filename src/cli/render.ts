// The human-readable view of an Analysis: language, conflicts, and the text
// with actors and quotes marked (ANSI colour on a terminal, brackets otherwise).
import type { Analysis } from '../core/types';

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
}

const ANSI = {
  actor: ['\u001b[1;36m', '\u001b[0m'],
  quote: ['\u001b[33m', '\u001b[0m'],
  speaker: ['\u001b[1;35m', '\u001b[0m'],
} as const;

export function renderForHumans(text: string, analysis: Analysis, colour: boolean): string {
  const lines: string[] = [];
  lines.push(`language: ${analysis.language}`);
  const conflicts = analysis.conflicts.map((c) => `${c.id} (${c.score.toFixed(2)})`).join(', ');
  lines.push(`conflicts: ${conflicts || 'none'}`);
  lines.push(`actors: ${analysis.actors.length}, quotes: ${analysis.quotes.length}`);
  for (const q of analysis.quotes) {
    const who = q.speaker ? `${q.speaker.name || text.slice(q.speaker.start, q.speaker.end)}${q.speaker.id ? ` [${q.speaker.id}]` : ''}` : 'unknown speaker';
    const words = text.slice(q.start, q.end).replace(/\s+/g, ' ');
    lines.push(`  ${q.kind} quote by ${who}: ${words.length > 70 ? `${words.slice(0, 70)}…` : words}`);
  }
  lines.push('');
  lines.push(markText(text, analysis, colour));
  return lines.join('\n');
}

function markText(text: string, analysis: Analysis, colour: boolean): string {
  const marks: Mark[] = [];
  const speakerSpans = new Set<string>();
  for (const q of analysis.quotes) {
    if (q.speaker) speakerSpans.add(`${q.speaker.start}:${q.speaker.end}`);
  }
  for (const a of analysis.actors) {
    if (a.type === 'media') continue;
    for (const m of a.mentions) {
      const isSpeaker = speakerSpans.has(`${m.start}:${m.end}`);
      const [o, c] = colour ? (isSpeaker ? ANSI.speaker : ANSI.actor) : ['[', `]${a.id ? `{${a.id}}` : ''}`];
      marks.push({ start: m.start, end: m.end, open: o, close: c });
    }
  }
  for (const q of analysis.quotes) {
    const [o, c] = colour ? ANSI.quote : q.kind === 'direct' ? ['⟦', '⟧'] : ['⟨', '⟩'];
    marks.push({ start: q.start, end: q.end, open: o, close: c });
  }
  // Insert all marks in one pass; at one offset, closes go before opens.
  const events: Array<{ at: number; s: string; order: number }> = [];
  for (const m of marks) {
    events.push({ at: m.start, s: m.open, order: 1 });
    events.push({ at: m.end, s: m.close, order: 0 });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let from = 0;
  for (const e of events) {
    out += text.slice(from, e.at) + e.s;
    from = e.at;
  }
  out += text.slice(from);
  // Re-apply the quote colour after an actor inside a quote resets it.
  return out;
}
