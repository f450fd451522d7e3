// A state's government named by a noun and its nationality adjective
// ("الحكومة الإريترية", "الجانب الإريتري"), made from data/state-forms.json
// so that every state with `adjectives` gets all of them.
import forms from '../../data/state-forms.json';
import { normalizeText } from './text/normalize';

const strings = (xs: unknown): string[] => (Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

/** "الكوري الجنوبي" → "الكورية الجنوبية": ة on each word. */
const feminine = (adjective: string) => adjective.split(/\s+/).map((w) => `${w}ة`).join(' ');

/** The names a state goes by through its nationality adjectives (masculine, with ال). */
export function stateNames(adjectives: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of adjectives) {
    const adjective = raw.trim();
    if (!adjective.startsWith('ال')) continue;
    for (const noun of strings(forms.masculine)) out.push(`${noun} ${adjective}`);
    for (const noun of strings(forms.feminine)) out.push(`${noun} ${feminine(adjective)}`);
  }
  return out;
}

/** The nouns a state's government goes by ("الحكومة", "السلطات", "الجانب"), normalized. */
export const STATE_FORM_NOUNS: ReadonlySet<string> = new Set([...strings(forms.masculine), ...strings(forms.feminine)].map((noun) => normalizeText(noun)));
