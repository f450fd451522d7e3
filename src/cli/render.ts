// The human-readable view of an Analysis: language, conflicts, and the text
// with actors and quotes marked (ANSI colour on a terminal, brackets otherwise),
// after a legend of the marks. The article's control characters are shown as
// visible signs (terminal.ts), never sent to the terminal.
import type { Analysis } from '../core';
import { showControls } from './terminal';

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

/** What the marks mean, in the form they take. */
export function legend(colour: boolean): string {
  if (!colour) return 'marks: [actor]{actor-id}  ⟦direct quote⟧  ⟨indirect quote⟩  (an actor the gazetteer lacks has no {id})';
  const paint = ([open, close]: readonly [string, string], what: string) => `${open}${what}${close}`;
  return `marks: ${paint(ANSI.actor, 'actor')}  ${paint(ANSI.speaker, 'speaker of a quote')}  ${paint(ANSI.quote, 'quote')}`;
}

export function renderForHumans(rawText: string, analysis: Analysis, colour: boolean): string {
  // One visible character for each control character: the offsets stay those of the text.
  const text = showControls(rawText);
  const lines: string[] = [];
  lines.push(`language: ${analysis.language}`);
  const conflicts = analysis.conflicts.map((c) => `${c.id} (${c.score.toFixed(2)})`).join(', ');
  lines.push(`conflicts: ${conflicts || 'none'}`);
  lines.push(`actors: ${analysis.actors.length}, quotes: ${analysis.quotes.length}`);
  for (const q of analysis.quotes) {
    const who = q.speaker ? `${showControls(q.speaker.name) || text.slice(q.speaker.start, q.speaker.end)}${q.speaker.id ? ` [${q.speaker.id}]` : ''}` : 'unknown speaker';
    const words = text.slice(q.start, q.end).replace(/\s+/g, ' ');
    lines.push(`  ${q.kind} quote by ${who}: ${words.length > 70 ? `${words.slice(0, 70)}…` : words}`);
  }
  lines.push(legend(colour));
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
  const events: Array<{ at: number; mark: Mark; open: boolean }> = [];
  for (const m of marks) {
    events.push({ at: m.start, mark: m, open: true });
    events.push({ at: m.end, mark: m, open: false });
  }
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open));
  let out = '';
  let from = 0;
  const active: Mark[] = [];
  for (const e of events) {
    out += text.slice(from, e.at);
    from = e.at;
    if (e.open) {
      active.push(e.mark);
      out += e.mark.open;
    } else {
      const i = active.lastIndexOf(e.mark);
      if (i >= 0) active.splice(i, 1);
      out += e.mark.close;
      // An ANSI reset ends every colour: re-open the marks still around (a quote around an actor).
      if (colour) for (const m of active) out += m.open;
    }
  }
  out += text.slice(from);
  return out;
}
