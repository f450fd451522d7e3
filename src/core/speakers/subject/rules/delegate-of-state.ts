import { withoutConjunction } from '../../../clitics';
import { lexicon } from '../../../lexicon';
import { wordsIn, type Word } from '../../../speech';
import { stateOfAdjective } from '../../../state-adjectives';
import { insideSpans, lowerBound, type Mention, type ResolveContext, type Speaker, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** How far back (in mentions) the title looks for the person introduced with it. */
const LOOKBACK = 60;
/** How far before a name the words that introduce it are read ("مندوب روسيا الدائم لدى الأمم المتحدة X"). */
const INTRODUCTION_CHARS = 90;

const ARTICLE = /^ال/;
/** "المندوب", "والسفيرة" → "مندوب", "سفيره": a title of data/speech-verbs.json delegateTitles, without و/ف and ال. */
function delegateTitle(word: string): string | null {
  const bare = withoutConjunction(word).replace(ARTICLE, '');
  return lexicon.delegateTitles.has(bare) ? bare : null;
}

/** The state a nationality adjective names ("الإماراتي", "الإماراتيه"), as the text names it: the nearest mention before the cue, else the first after, outside quotes. */
function stateOf(adjective: string, ctx: ResolveContext): Mention | null {
  const id = stateOfAdjective(adjective);
  if (!id) return null;
  let found: Mention | null = null;
  for (const m of ctx.mentions) {
    if (m.actor.id !== id || insideSpans(ctx.direct, ctx.directStarts, m.start)) continue;
    if (m.start < ctx.cueStart || !found) found = m;
    if (m.start >= ctx.cueStart) break;
  }
  return found;
}

/** The last person the text introduced with the title for that state ("المندوب الروسي X", "مندوب روسيا الدائم X"). */
function introducedWith(text: string, ctx: ResolveContext, title: string, state: Mention): Mention | null {
  let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  for (let seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type !== 'person') continue;
    const from = Math.max(0, m.start - INTRODUCTION_CHARS);
    const lead = text.slice(from, m.start).split(/[.:؛!?؟\n]/).at(-1)!;
    const ws = wordsIn(lead);
    if (!ws.some((w) => delegateTitle(w.norm) === title)) continue;
    const leadStart = m.start - lead.length;
    const namesState = ctx.mentions.some((s) => s.actor.id === state.actor.id && s.start >= leadStart && s.end <= m.start);
    if (namesState || ws.some((w) => stateOfAdjective(w.norm) === state.actor.id)) return m;
  }
  return null;
}

export const delegateOfState: SubjectRule = {
  name: 'delegate of a state',
  why: 'A delegate or ambassador named by a nationality and no name ("ورد المندوب الإماراتي بأن ...") is the one the text introduced with that office for that state, else the state itself.',
  examples: [
    { text: 'ودعت روسيا إلى جلسة طارئة، وتحدثت الإمارات عن المساعدات.\nوقال وزير الخارجية الروسي سيرغي لافروف مساء أمس إن المجلس منقسم.\nورد المندوب الإماراتي بأن بلاده "لا تتدخل في شؤون أحد".', quote: 'لا تتدخل في شؤون أحد', speaker: 'الإمارات' },
    { text: 'وقال مندوب روسيا الدائم ياكوف بيلوف إن الجلسة مسيسة.\nوقال وزير الخارجية الأمريكي ماركو روبيو إن الهدنة هشة.\nوقال المندوب الروسي إن "الغرب يكيل بمكيالين".', quote: 'الغرب يكيل بمكيالين', speaker: 'ياكوف بيلوف' },
    { text: 'وأعلنت فرنسا دعمها للخطة. وقال وزير الدفاع البريطاني جون هيلي إن الخطة ناقصة. وقالت السفيرة الفرنسية إن "الحل لن يكون عسكريا".', quote: 'الحل لن يكون عسكريا', speaker: 'فرنسا' },
  ],
  apply({ text, words, from, to, ctx }) {
    const speaker = delegateSpeaker(text, words, from, to, ctx);
    return speaker ? { kind: 'explicit', speaker } : undefined;
  },
};

/** Who a delegate named by a nationality in words [from, to) is ("المندوب الإماراتي", "المندوب الأمريكي الدائم"), or null. */
export function delegateSpeaker(text: string, words: Word[], from: number, to: number, ctx: ResolveContext): Speaker | null {
  const title = delegateTitle(words[from]?.norm ?? '');
  const adjective = words[from + 1]?.norm;
  if (!title || !adjective || from + 2 > to || !words[from]!.norm.replace(/^[وف]/, '').startsWith('ال')) return null;
  for (let j = from + 2; j < to; j++) if (!lexicon.delegateTitleEnds.has(words[j]!.norm)) return null;
  const state = stateOf(adjective, ctx);
  return state ? speakerOf(introducedWith(text, ctx, title, state) ?? state, ctx.state) : null;
}
