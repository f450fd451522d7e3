import { lowerBound, speakerOf, titleStem, titleWithoutConjunction, type Mention, type ResolveContext, type Speaker } from '../../model';
import { holdsTitle } from '../../names';
import type { SubjectRule } from './rule';
import { knownHolderOf, officeOf } from '../known-holder';

export const titleOfBody: SubjectRule = {
  name: 'title of a body',
  why: 'A title without a name speaks for its body ("متحدث باسم الجيش"); "the spokeswoman of X" refers back to the spokeswoman already quoted.',
  examples: [
    { text: 'وقال متحدث باسم الجيش الإسرائيلي: "العملية ستستمر حتى تحقيق أهدافها".', quote: 'العملية ستستمر حتى تحقيق أهدافها', speaker: 'الجيش الإسرائيلي' },
    { text: 'وجاء في بيان صادر عن مكتب الناطق باسم الجيش اللبناني: "أعادت وحداتنا فتح الطريق الدولي".', quote: 'أعادت وحداتنا فتح الطريق الدولي', speaker: 'الجيش اللبناني' },
    { text: 'وقال المتحدث باسم حركة فتح سليم عواودة إن "الحوار مستمر". وأوضح المتحدث باسم الخارجية الأمريكية أمس أن "واشنطن تتابع الاتصالات ساعة بساعة".', quote: 'واشنطن تتابع الاتصالات ساعة بساعة', speaker: 'الخارجية الأمريكية' },
  ],
  apply(zone) {
    const { inZone, seenTitle, indefiniteSpokesperson } = zone.names();
    if (inZone.length === 0 || !seenTitle) return undefined;
    const { gender, state } = zone.ctx;
    if (!indefiniteSpokesperson && (gender === 'm' || gender === 'f')) {
      const s = state.byGender[gender];
      // (One introduced with another title — "المزارع X" — is not the spokesman of a body.)
      const title = titleStem(titleWithoutConjunction(zone.first));
      const named = inZone.find((z) => z.m.actor.type !== 'person');
      if (s && s !== 'anonymous' && s.person && holdsTitle(zone.text, zone.ctx, s, title) && (!named || servesBody(zone.ctx, s, named.m))) return { kind: 'carry', speaker: s };
    }
    // "مستشار الرئيس X": a person's aide is not that person; the later rules decide.
    const body = inZone.find((z) => z.m.actor.type !== 'person');
    if (!body) return undefined;
    // ("رئيس مجلس القيادة الرئاسي" with no name: the person the text names whom the gazetteer describes so.)
    const office = indefiniteSpokesperson ? null : officeOf(zone.words.slice(zone.from, zone.to).filter((w) => w.end <= body.m.end));
    const holder = office ? knownHolderOf(zone.ctx, office) : null;
    return { kind: holder ? 'carry' : 'explicit', speaker: holder ?? speakerOf(body.m, state) };
  },
};

/**
 * The body a title's words name ("المتحدث باسم الخارجية الأميركية") is the one the speaker was introduced
 * with: a gazetteer person, or one named right after a mention of that body ("وعن موقف حركة الجهاد نقل المتحدث
 * باسمها X"). The spokesman of another body is not them.
 */
function servesBody(ctx: ResolveContext, speaker: Speaker, body: Mention): boolean {
  // (A state's delegate, "مندوب البحرين", is the one introduced near that state's name, gazetteer person or not.)
  if (speaker.ref.id !== null && body.actor.type !== 'state') return true;
  const bodyKey = body.actor.id ?? body.surface;
  for (let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1, seen = 0; k >= 0 && seen < 200; k--, seen++) {
    const m = ctx.mentions[k]!;
    if (speakerOf(m, ctx.state).key !== speaker.key) continue;
    for (let j = k - 1; j >= 0 && m.start - ctx.mentions[j]!.end <= BODY_REACH; j--) if ((ctx.mentions[j]!.actor.id ?? ctx.mentions[j]!.surface) === bodyKey) return true;
  }
  return false;
}

/** How far before a person's name the body their title names may stand (characters). */
const BODY_REACH = 120;
