// "شدد رئيس مجلس القيادة الرئاسي على أن …", "نقلت الوكالة عن قائد الجيش قوله": an office named by its title
// and body, with no name, is held by a person the text names elsewhere whom the gazetteer describes with
// that office ("رئيس مجلس السيادة وقائد الجيش السوداني"): that person speaks, not the body.
import { normalizeText } from '../../text/normalize';
import type { Word } from '../../speech';
import { lowerBound, speakerOf, titleWithoutConjunction, type Mention, type ResolveContext, type Speaker } from '../model';

/** How many mentions before the cue, and after it, are searched for the office's holder. */
const BACK = 200;
const AHEAD = 60;

/** An office's words as one normalized phrase, its title without و/ف ("وقائد الجيش" → "قائد الجيش"). */
export function officeOf(words: Word[]): string {
  return words.map((w, i) => (i === 0 ? titleWithoutConjunction(w.norm) : w.norm)).join(' ');
}

/** The gazetteer's description of the person holds the office's words, whole words, behind و or not. */
function describedWith(m: Mention, office: string): boolean {
  const about = m.actor.about?.ar;
  if (m.actor.type !== 'person' || m.actor.id === null || !about) return false;
  let described = descriptions.get(m.actor);
  // (Each word read as a title is: "وقائد الجيش" is "قائد الجيش", "وزير" stays "وزير". Once per actor.)
  if (described === undefined) descriptions.set(m.actor, (described = ` ${normalizeText(about).split(' ').map(titleWithoutConjunction).join(' ')} `));
  return described.includes(` ${office} `);
}

/** Each gazetteer person's description as describedWith reads it. */
const descriptions = new WeakMap<Mention['actor'], string>();

/**
 * The person named nearest before the cue (else soonest after it) whom the gazetteer describes with
 * `office` (normalized words: "رئيس مجلس القيادة الرئاسي"), or null.
 */
export function knownHolderOf(ctx: ResolveContext, office: string): Speaker | null {
  const at = lowerBound(ctx.mentionStarts, ctx.cueStart);
  for (let k = at - 1; k >= 0 && k >= at - BACK; k--) if (describedWith(ctx.mentions[k]!, office)) return speakerOf(ctx.mentions[k]!, ctx.state);
  for (let k = at; k < ctx.mentions.length && k < at + AHEAD; k++) if (describedWith(ctx.mentions[k]!, office)) return speakerOf(ctx.mentions[k]!, ctx.state);
  return null;
}
