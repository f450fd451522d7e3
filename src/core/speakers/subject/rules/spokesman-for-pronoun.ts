import { isSpokesperson, lowerBound, type Mention, type ResolveContext, sentenceStart, speakerOf } from '../../model';
import { nearClauseStart } from '../../near-start';
import type { SubjectRule } from './rule';

/** How far back the body a "باسمها" refers to may be named. */
const MAX_BACK_CHARS = 300;

/** "باسمها", "باسمه", "باسمهم": "in its name", the pronoun standing for a body named before. */
const IN_ITS_NAME = /^باسم(ها|ه|هم|هما)$/;

export const spokesmanForPronoun: SubjectRule = {
  name: 'spokesman for a body named before',
  why: 'A spokesman "in its name" ("وقال متحدث باسمها") speaks for the body the pronoun stands for: the last body named before the cue, nearby.',
  examples: [
    { text: 'ورحبت حركة حماس بالمقترح المصري. وقال متحدث باسمها: "ندرس الورقة بإيجابية ومسؤولية".', quote: 'ندرس الورقة بإيجابية ومسؤولية', speaker: 'حركة حماس' },
    { text: 'ونفت وزارة الدفاع الروسية التقارير، وقال ناطق باسمها في مؤتمر صحفي: "هذه الأرقام لا أساس لها".', quote: 'هذه الأرقام لا أساس لها', speaker: 'وزارة الدفاع الروسية' },
    { text: 'وأعلن الجيش السوداني استعادة البلدة. وقال الناطق باسمه للصحفيين: "قواتنا تتقدم على كل المحاور".', quote: 'قواتنا تتقدم على كل المحاور', speaker: 'الجيش السوداني' },
  ],
  apply({ text, words, from, to, ctx }) {
    if (to < from + 2 || !isSpokesperson(words[from]!.norm) || !IN_ITS_NAME.test(words[from + 1]!.norm)) return undefined;
    // ("وقالت المتحدثة باسمها في يريفان X Y:": the spokeswoman is named; the person rules decide.)
    if (personNamedAfter(text, ctx, words[from + 1]!.end)) return undefined;
    let nearest: Mention | null = null;
    let subject: Mention | null = null;
    const sentence = sentenceStart(text, ctx.cueStart, null);
    for (let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1; k >= 0 && ctx.cueStart - ctx.mentions[k]!.end <= MAX_BACK_CHARS; k--) {
      const m = ctx.mentions[k]!;
      if (m.actor.type === 'person') continue;
      nearest ??= m;
      // ("رحبت حكومة X الموالية لقوات Y بالمقترح، وقال متحدث باسمها": the sentence's subject, not a body named in its description.)
      if (m.start >= sentence && nearClauseStart(text, m.start, 1)) subject = m;
    }
    const body = subject ?? nearest;
    return body ? { kind: 'explicit', speaker: speakerOf(body, ctx.state) } : undefined;
  },
};

/** How far after "باسمها" the spokesman's own name may stand ("باسمها في مؤتمرها الصحفي الأسبوعي X Y"). */
const NAME_REACH_CHARS = 60;

/** A person is named after `at`, in the same clause (before a colon, a quotation mark or a sentence's end). */
function personNamedAfter(text: string, ctx: ResolveContext, at: number): boolean {
  for (let k = lowerBound(ctx.mentionStarts, at); k < ctx.mentions.length && ctx.mentions[k]!.start - at <= NAME_REACH_CHARS; k++) {
    if (/[.:!?؟"«“]/.test(text.slice(at, ctx.mentions[k]!.start))) return false;
    if (ctx.mentions[k]!.actor.type === 'person') return true;
  }
  return false;
}
