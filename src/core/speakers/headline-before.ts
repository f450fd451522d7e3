// A speaker named before a colon, with no speech verb ("13:15 المتحدثة باسم الوكالة X: «…»"), is
// who a later verb without a subject goes on with ("وتابعت: «…»"), as one named by a cue would be.
import type { Gender } from '../types';
import { isQuoteMark } from '../chars';
import { firstAtLeast } from '../text/search';
import { type ResolveContext, type Speaker, lineStartOf, lowerBound, speakerOf } from './model';

/** What may stand between a name and the quotation it speaks: a colon, spaces and the opening mark. */
const COLON_BEFORE_QUOTE = /^[ \u00A0]*:[ \u00A0\n]*$/;

/** The latest person of that gender named right before a colon and a direct quote after `since`. */
export function headlineSpeakerSince(ctx: ResolveContext, gender: Gender, text: string, since: number): Speaker | null {
  // (At most 20 quotes back, so the analysis stays linear in the text.)
  for (let q = lowerBound(ctx.directStarts, ctx.cueStart) - 1, seen = 0; q >= 0 && seen < 20 && ctx.direct[q]!.start > since; q--, seen++) {
    let open = ctx.direct[q]!.start - 1;
    while (open > 0 && isQuoteMark(text[open]!)) open--;
    const k = lowerBound(ctx.mentionStarts, open + 1) - 1;
    const m = ctx.mentions[k];
    if (!m || m.actor.type !== 'person' || m.end <= since || !COLON_BEFORE_QUOTE.test(text.slice(m.end, open + 1))) continue;
    // ("وتابعت X: «…»": a speech verb on the name's line is a cue of its own, read as such.)
    if (cueOnLine(ctx, text, m.start)) continue;
    const s = speakerOf(m, ctx.state);
    if (s.gender === gender) return s;
  }
  return null;
}

/** A cue stands between the start of the line and `at`. */
function cueOnLine(ctx: ResolveContext, text: string, at: number): boolean {
  const lineStart = lineStartOf(text, at, 300);
  const before = ctx.cues[firstAtLeast(ctx.cues, at, (c) => c.start) - 1];
  return !!before && before.start >= lineStart;
}
