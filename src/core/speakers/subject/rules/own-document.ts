import { withoutConjunction } from '../../../clitics';
import { wordsIn, type CueGender } from '../../../speech';
import { carry } from '../../carry';
import { isDocument } from '../../model';
import type { SubjectRule } from './rule';

/** The pronoun on a document word and the speaker it points at: "بيانه" his/its, "بيانها" hers/its (a body), "بيانهم" theirs. */
const PRONOUNS: ReadonlyArray<readonly [string, CueGender]> = [['هم', 'p'], ['ها', 'f'], ['ه', 'm']];

/** The document word and its pronoun's gender ("بيانه" → m; "تغريدتها": the ة is printed ت before the pronoun), or null. */
function documentWithPronoun(word: string): CueGender | null {
  const bare = withoutConjunction(word);
  for (const [pronoun, gender] of PRONOUNS) {
    if (!bare.endsWith(pronoun) || bare.length < pronoun.length + 3) continue;
    const noun = bare.slice(0, -pronoun.length);
    if (isDocument(noun) || (noun.endsWith('ت') && isDocument(`${noun.slice(0, -1)}ه`))) return gender;
  }
  return null;
}

export const ownDocument: SubjectRule = {
  name: 'own document',
  why: '"وجاء في بيانه", "وجاء في تقريرها": a document with its pronoun is that of the one who spoke last and agrees with the pronoun.',
  examples: [
    { text: 'أعلن الجيش الأوكراني أن روسيا أطلقت أربعين صاروخا. وجاء في بيانه الصباحي: "كانت محطات الكهرباء هدف الضربات".', quote: 'كانت محطات الكهرباء هدف الضربات', speaker: 'الجيش الأوكراني' },
    { text: 'وحذرت منظمة الصحة العالمية من انهيار المستشفيات. وجاء في بيانها: "نحتاج إلى الوقود فورا".', quote: 'نحتاج إلى الوقود فورا', speaker: 'منظمة الصحة العالمية' },
    { text: 'ونشرت منظمة العفو الدولية تقريرا عن السجون، وجاء في تقريرها: "عشرات المعتقلين بلا محاكمة".', quote: 'عشرات المعتقلين بلا محاكمة', speaker: 'منظمة العفو الدولية' },
  ],
  apply({ text, first, words, from, ctx }) {
    // (Only opening an attribution phrase, "جاء في بيانه", "بحسب تقريرها": in "في بيان نشرته" the document came first and "نشرته" is its verb.)
    const gender = ctx.attribution ? documentWithPronoun(first) : null;
    if (!gender) return undefined;
    const before = wordsIn(text, ctx.cueStart, words[from]!.start);
    if (before.length > 2 || before.some((w) => isDocument(w.norm))) return undefined;
    const carried = carry(ctx.state, gender, ctx, text);
    return carried.kind === 'carry' || carried.kind === 'explicit' ? carried : undefined;
  },
};
