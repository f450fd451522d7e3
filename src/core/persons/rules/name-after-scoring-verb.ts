import { withoutConjunction } from '../../clitics';
import { givenNames } from '../../lexicon/given-names';
import { perWord } from '../../text/vocabulary';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';
import { looksLikeNameStart } from '../words';

/** A match report's verb (data/given-names.json scoring.verbs), behind و/ف or not (once per word). */
const SCORING_VERB = personWordBit(perWord((word) => givenNames().scoring.verbs.has(word) || givenNames().scoring.verbs.has(withoutConjunction(word, 2))));

/** Token k is a match report's verb, free and joined to the next word (`bits`: personWordBits of the scan's tokens). */
function scoringVerbAt(scan: PersonScan, k: number, bits: Int32Array): boolean {
  return scan.tokens[k]!.joinsNext && (bits[k]! & SCORING_VERB) !== 0 && scan.free(k);
}

/** Token k is what a scorer scores ("هدف", "النتيجة", "الفارق"), or "في الدقيقة". */
function scoringObjectAt(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t || !scan.tokens[k - 1]!.joinsNext) return false;
  return givenNames().scoring.objects.has(t.text) || (t.text === 'في' && scan.tokens[k + 1]?.text === 'الدقيقه');
}

/** Two words from k that may be a player's name: free, no article (a given name of ours may have it: "الطاهر"), no function word. */
function playerName(scan: PersonScan, k: number): boolean {
  const [first, second] = scan.tokens.slice(k, k + 2);
  if (!first || !second || !first.joinsNext || !scan.free(k) || !scan.free(k + 1) || scan.alreadyNamed(k)) return false;
  if (first.text.startsWith('ال') && !givenNames().byWord.has(first.text)) return false;
  return looksLikeNameStart(first.text, scan.finder, true) && looksLikeNameStart(second.text, scan.finder, true) && !givenNames().personNouns.has(`ال${first.text}`);
}

export const nameAfterScoringVerb: PersonRule = {
  name: 'name after scoring verb',
  why: 'In a match report, two name words between a scoring verb and what is scored ("قبل أن يعادل X Y النتيجة", "وأحرز X Y هدف الفوز") are a player, whatever their origin.',
  examples: [
    { text: 'وتقدم الضيوف مبكرا، قبل أن يعادل كوفي أمبونو النتيجة في الشوط الثاني.', person: 'كوفي أمبونو' },
    { text: 'ثم أحرز كوامي أوسو هدف الفوز من ركلة حرة.', person: 'كوامي أوسو' },
    { text: 'وقلص لوكاس ريبيرو الفارق في الدقيقة 70 بتسديدة بعيدة.', person: 'لوكاس ريبيرو' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let k = 0; k + 3 < tokens.length; k++) {
      if (!scoringVerbAt(scan, k, bits) || !playerName(scan, k + 1) || !scoringObjectAt(scan, k + 3)) continue;
      scan.addName(tokens.slice(k + 1, k + 3), tokens[k + 1]!, { gender: 'm' });
      k += 2;
    }
  },
};
