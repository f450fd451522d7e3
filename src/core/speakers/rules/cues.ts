// Finding the cue a rule needs: the last one before a point, the one right after a quote.
import { isInvisible } from '../../chars';
import { withoutConjunction } from '../../clitics';
import { lexicon, type Word } from '../../speech';
import { nextWord } from '../../text/tokens';
import { LINE_BREAK, lowerBound, type Cue } from '../model';

/** The last cue in [from, to) that says something about a speaker ("في حديث لشبكة" says nothing). */
export function lastCueBefore(cues: Cue[], starts: number[], from: number, to: number): Cue | null {
  let k = lowerBound(starts, to) - 1;
  while (k >= 0 && (cues[k]!.end > to || cues[k]!.resolution.kind === 'none') && cues[k]!.start >= from) k--;
  return k >= 0 && cues[k]!.start >= from && cues[k]!.resolution.kind !== 'none' ? cues[k]! : null;
}

const PERIODS_AND_SPACES_ONLY = /^[.\s]*$/;
/** A verb carrying what was said as its pronoun (data saidIt: "تقولها", "قالها") opening the next sentence or paragraph: it points back at the quote. */
function verbPointingBack(text: string, at: number): Word | null {
  if (text[at] !== '.' && !LINE_BREAK.test(text[at] ?? '')) return null;
  // (The first word only: nextWord reads no further.)
  const w = nextWord(text, at, Math.min(text.length, at + 40));
  if (!w || !PERIODS_AND_SPACES_ONLY.test(text.slice(at, w.start))) return null;
  return lexicon.saidItForms.has(withoutConjunction(w.norm)) ? w : null;
}

const GAP_CHAR = /[\s،,\-–—)]/;
const SPACES_ONLY = /^[ \u00A0]+$/;
/** A cue that follows the closing mark with only spaces, commas or dashes between ('"..."، قال بيسكوف'). */
export function cueRightAfter(text: string, cues: Cue[], starts: number[], at: number): Cue | null {
  let i = at;
  const skipGap = () => {
    const from = i;
    while (i < text.length && i < from + 12 && (GAP_CHAR.test(text[i]!) || isInvisible(text[i]!)) && !LINE_BREAK.test(text[i]!)) i++;
  };
  skipGap();
  // '"…".\n\nتقولها X بصوت خفيض': past the sentence's end and a paragraph break, a verb whose object pronoun is the quote.
  const pointsBack = verbPointingBack(text, i);
  if (pointsBack) i = pointsBack.start;
  // '"…". هكذا لخص X ما جرى': past the sentence's end, only when a filler word looks back at the quote.
  else if (text[i] === '.') {
    const w = nextWord(text, i + 1, Math.min(text.length, i + 20));
    if (w && SPACES_ONLY.test(text.slice(i + 1, w.start)) && lexicon.quoteFollowersAfterStop.has(w.norm.replace(/^و/, ''))) i = w.start;
  }
  // "هكذا قال نتنياهو", "كما قال", "بهذه الكلمات افتتح": up to two filler words may come first.
  for (let n = 0; n < 3; n++) {
    const k = lowerBound(starts, i);
    if (cues[k]?.start === i) return cues[k]!;
    const w = nextWord(text, i, Math.min(text.length, i + 20));
    if (!w || w.start !== i || !lexicon.quoteFollowers.has(w.norm.replace(/^و/, ''))) return null;
    i = w.end;
    skipGap();
  }
  return null;
}
