// The subject after a cue: the words up to a stop (a preposition, a time
// word, أن/إن, a colon, a quotation, the sentence's end), read by the subject
// rules of ./subject/rules in order. Titles and definite words may lead up to
// a name ("وزير الخارجية الروسي سيرغي لافروف"); any other word first means the
// verb's subject is left out ("وأكد رفض ...") and it carries over from the
// last speaker.
import type { Word } from '../speech';
import type { Resolution, ResolveContext } from './model';
import { SUBJECT_RULES } from './subject/rules';
import { subjectZone, zoneEnd } from './subject/zone';

export { reportsSpeech } from './subject/zone';

/** Tells which subject rule read a cue's subject (tests and diagnostics). */
export type OnSubject = (cueStart: number, rule: string) => void;

export function resolveSubject(text: string, words: Word[], from: number, ctx: ResolveContext, onSubject?: OnSubject): Resolution {
  const to = zoneEnd(text, words, from, ctx);
  const zone = subjectZone(text, words, from, to, ctx, (at, inner) => resolveSubject(text, words, at, inner, onSubject));
  for (const rule of SUBJECT_RULES) {
    const out = rule.apply(zone);
    if (out) {
      onSubject?.(ctx.cueStart, rule.name);
      return out;
    }
  }
  return { kind: 'none' };
}
