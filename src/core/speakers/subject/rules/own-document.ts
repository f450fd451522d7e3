import { withoutConjunction } from '../../../clitics';
import { lexicon, oncePerWord, wordsIn, type CueGender } from '../../../speech';
import { carry } from '../../carry';
import { isDocument, lowerBound, mentionAgrees, type ResolveContext, type Resolution, speakerOf } from '../../model';
import { possessed } from '../../../text/possessive';
import type { SubjectRule } from './rule';

/**
 * The document word and its pronoun's gender ("بيانه" → m; "تغريدتها": the ة is printed ت before the pronoun), or null.
 * (Asked at most cues with the first word of their subject: answered once per word.)
 */
const documentWithPronoun = oncePerWord((word: string): CueGender | null => {
  const owned = possessed(withoutConjunction(word));
  return owned?.nouns.some(isDocument) ? owned.gender : null;
});

/** "لمكتبه", "لمكتبها": ل, an office of data/speech-verbs.json documentNouns.offices and a pronoun, with the pronoun's gender; or null. */
function officeWithPronoun(word: string): CueGender | null {
  const owned = word.startsWith('ل') ? possessed(word.slice(1)) : null;
  return owned?.nouns.some((noun) => lexicon.documentOffices.has(noun)) ? owned.gender : null;
}

const LAM_WORD_IN_HA = /ل\S+ه/;
/** "جاء في بيان لمكتبه": right after the cue's verb, a document and its office with a pronoun; the pronoun's gender, or null. */
function officeDocumentAfter(text: string, cueStart: number): CueGender | null {
  // (Most cues have no office behind ل after them: the words are read only where "ل" and a pronoun's ه follow.)
  const after = text.slice(cueStart, cueStart + 40);
  if (!LAM_WORD_IN_HA.test(after)) return null;
  const ws = wordsIn(after).slice(0, 4);
  const i = ws.findIndex((w, k) => k > 0 && isDocument(w.norm));
  return i > 0 && i + 1 < ws.length ? officeWithPronoun(ws[i + 1]!.norm) : null;
}

export const ownDocument: SubjectRule = {
  name: 'own document',
  why: '"وجاء في بيانه", "وجاء في تقريرها": a document with its pronoun is that of the one who spoke last and agrees with the pronoun.',
  examples: [
    { text: 'أعلن الجيش الأوكراني أن روسيا أطلقت أربعين صاروخا. وجاء في بيانه الصباحي: "كانت محطات الكهرباء هدف الضربات".', quote: 'كانت محطات الكهرباء هدف الضربات', speaker: 'الجيش الأوكراني' },
    { text: 'وحذرت منظمة الصحة العالمية من انهيار المستشفيات. وجاء في بيانها: "نحتاج إلى الوقود فورا".', quote: 'نحتاج إلى الوقود فورا', speaker: 'منظمة الصحة العالمية' },
    { text: 'ونشرت منظمة العفو الدولية تقريرا عن السجون، وجاء في تقريرها: "عشرات المعتقلين بلا محاكمة".', quote: 'عشرات المعتقلين بلا محاكمة', speaker: 'منظمة العفو الدولية' },
    { text: 'وقال المبعوث الأممي هانس غروندبرغ إن الهدنة هشة. وجاء في بيان لمكتبه مساء الخميس: "على الأطراف الامتناع عن أي تصعيد".', quote: 'على الأطراف الامتناع عن أي تصعيد', speaker: 'هانس غروندبرغ' },
  ],
  apply({ text, first, words, from, ctx }) {
    // (Only opening an attribution phrase, "جاء في بيانه", "بحسب تقريرها": in "في بيان نشرته" the document came first and "نشرته" is its verb.)
    // "وجاء في بيان لمكتبه": a document of the person's office.
    const office = officeDocumentAfter(text, ctx.cueStart);
    const gender = office ?? (ctx.attribution ? documentWithPronoun(first) : null);
    if (!gender) return undefined;
    if (office) return personBefore(ctx, office);
    const before = wordsIn(text, ctx.cueStart, words[from]?.start ?? ctx.cueStart);
    if (before.length > 2 || before.some((w) => isDocument(w.norm))) return undefined;
    const carried = carry(ctx.state, gender, ctx, text);
    return carried.kind === 'carry' || carried.kind === 'explicit' ? carried : undefined;
  },
};

/** How far back the person whose office issued the document may be named. */
const OFFICE_HOLDER_BACK = 400;

/** "… غروندبرغ عن قلقه. وجاء في بيان لمكتبه": the last person named before the cue who agrees with the pronoun. */
function personBefore(ctx: ResolveContext, gender: CueGender): Resolution | undefined {
  for (let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1; k >= 0 && ctx.cueStart - ctx.mentions[k]!.end <= OFFICE_HOLDER_BACK; k--) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person' && mentionAgrees(m, gender, ctx.state)) return { kind: 'explicit', speaker: speakerOf(m, ctx.state) };
  }
  return undefined;
}
