import { withoutConjunction } from '../../../clitics';
import { givenNames } from '../../../lexicon/given-names';
import { wordsIn } from '../../../speech';
import { lowerBound, type Mention, speakerOf } from '../../model';
import type { SubjectRule } from './rule';

/** How far back (in mentions) a role noun looks for the person it introduced. */
const LOOKBACK = 60;

/** The article, alone or behind و/ف/ب/ل ("والمزارع"، "بالمعلمة"، "للمزارع"). */
const ARTICLE = /^(?:[وف]?(?:ال|بال)|لل)/;

export const roleNoun: SubjectRule = {
  name: 'role noun named before',
  why: 'A role noun alone as the subject ("وقال المزارع:") is the person the text introduced with it ("المزارع X"), even when others spoke since.',
  examples: [
    { text: 'والتقينا المزارع خالد منصور، وكان يتفقد حقله.\nوقال الوزير سيرغي لافروف إن الحصاد تأخر.\nوقال المزارع: "خسرنا الموسم كله في ليلة".', quote: 'خسرنا الموسم كله في ليلة', speaker: 'خالد منصور' },
    { text: 'وزرنا المدرسة حيث تعمل المعلمة سعاد الأمين.\nوقالت وزارة التربية إن الدوام سيستأنف.\nوأضافت المعلمة: "نصف التلاميذ لم يعودوا".', quote: 'نصف التلاميذ لم يعودوا', speaker: 'سعاد الأمين' },
  ],
  apply({ words, from, to, ctx, text }) {
    if (to !== from + 1 || ctx.attribution) return undefined;
    const noun = withoutConjunction(words[from]!.norm);
    const gender = givenNames().personNouns.get(noun);
    if (!gender || !noun.startsWith('ال') || (ctx.gender && ctx.gender !== 'p' && ctx.gender !== gender)) return undefined;
    const m = introducedBy(text, ctx.mentions, lowerBound(ctx.mentionStarts, ctx.cueStart) - 1, noun.slice(2));
    return m ? { kind: 'explicit', speaker: speakerOf(m, ctx.state) } : undefined;
  },
};

/** The last person named right after the role noun ("المزارع X", "بالمعلمة X", "للمزارع X"), from mention k back. */
function introducedBy(text: string, mentions: Mention[], k: number, stem: string): Mention | null {
  for (let seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
    const m = mentions[k]!;
    if (m.actor.type !== 'person') continue;
    const lead = text.slice(Math.max(0, m.start - 24), m.start);
    const before = wordsIn(lead).at(-1);
    if (!before || !/^[ \u00A0]+$/.test(lead.slice(before.end))) continue;
    if (ARTICLE.test(before.norm) && before.norm.replace(ARTICLE, '') === stem) return m;
  }
  return null;
}
