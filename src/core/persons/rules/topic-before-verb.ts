import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { isPersonNoun, looksLikeNameStart, speechVerbToken } from '../words';

/** How many words "أما" and the description may take before the name. */
const MAX_DESCRIPTION_WORDS = 7;

/** Token k is a role or a noun for a person ("تاجر", "الصياد"). */
function describesSomeone(scan: PersonScan, k: number): boolean {
  return !!scan.finder.roles.longestAt(scan.tokens, k, k + 1) || isPersonNoun(scan.tokens[k]!.text);
}

/** Two plain words at j, j + 1 may be a name: free, no article, name-like. */
function plainName(scan: PersonScan, j: number): boolean {
  const [first, last] = [scan.tokens[j]!, scan.tokens[j + 1]!];
  if (!scan.free(j) || !scan.free(j + 1) || first.text.startsWith('ال') || last.text.startsWith('ال')) return false;
  return looksLikeNameStart(first.text, scan.finder) && looksLikeNameStart(last.text, scan.finder, true) && !scan.finder.roles.longestAt(scan.tokens, j + 1, j + 2);
}

export const topicBeforeVerb: PersonRule = {
  name: 'topic before its verb',
  why: '"أما <who they are> X Y فقال": after "أما" and a role or a noun for a person, the two words right before ف and a speech verb name the one the sentence is about.',
  examples: [
    { text: 'أما بائع التوابل في سوق المدينة رافيندرا شارما فقال إن الأسعار تضاعفت.', person: 'رافيندرا شارما' },
    { text: 'أما الممرضة القادمة من مانيلا ماريسول دلغادو فتقول إن المناوبات لا تنتهي.', person: 'ماريسول دلغادو' },
  ],
  apply(scan) {
    const { tokens, finder } = scan;
    for (let k = 0; k + 3 < tokens.length; k++) {
      if (tokens[k]!.text !== 'اما' || !tokens[k]!.joinsNext || !describesSomeone(scan, k + 1)) continue;
      // The words run on, no mark between them, to ف and a speech verb ("فقال", "فيقول").
      for (let j = k + 1; j < tokens.length && j <= k + MAX_DESCRIPTION_WORDS + 2 && tokens[j - 1]!.joinsNext; j++) {
        const verb = tokens[j]!;
        if (!verb.text.startsWith('ف') || !speechVerbToken(finder, verb)) continue;
        if (j - 2 > k + 1 && plainName(scan, j - 2)) scan.addName(tokens.slice(j - 2, j), tokens[j - 2]!);
        break;
      }
    }
  },
};
