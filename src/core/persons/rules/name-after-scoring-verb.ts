import { withoutConjunction } from '../../clitics';
import { givenNames } from '../../lexicon/given-names';
import { perWord } from '../../text/vocabulary';
import type { PersonRule } from '../rule';
import type { PersonScan } from '../scan';
import { personWordBit, personWordBits } from '../word-bits';
import { looksLikeNameStart } from '../words';
import { printedHamzaAl } from '../../chars';

/** A match report's verb (data/given-names.json scoring.verbs), behind و/ف or not (once per word). */
const SCORING_VERB = personWordBit(perWord((word) => givenNames().scoring.verbs.has(word) || givenNames().scoring.verbs.has(withoutConjunction(word, 2))));

/** Token k is a match report's verb, free and joined to the next word (`bits`: personWordBits of the scan's tokens). */
function scoringVerbAt(scan: PersonScan, k: number, bits: Int32Array): boolean {
  return scan.tokens[k]!.joinsNext && (bits[k]! & SCORING_VERB) !== 0 && scan.free(k);
}

/** Token k is a match report's verb with the pronoun of what was scored before it ("بهدف مبكر سجله X Y،"): within three words back. */
function verbOfScoredBefore(scan: PersonScan, k: number): boolean {
  const t = scan.tokens[k]!;
  if (!t.joinsNext || !scan.free(k) || !t.text.endsWith('ه') || !givenNames().scoring.verbs.has(withoutConjunction(t.text, 2).slice(0, -1))) return false;
  const { objects } = givenNames().scoring;
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const word = scan.tokens[j]!.text;
    if (objects.has(word) || (word[0] === 'ب' && objects.has(word.slice(1)))) return true;
  }
  return false;
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
  // ("إلفين": a foreign name printed with إ reads ال once normalized.)
  if (first.text.startsWith('ال') && !givenNames().byWord.has(first.text) && !printedHamzaAl(scan.printed(first))) return false;
  return looksLikeNameStart(first.text, scan.finder, true) && looksLikeNameStart(second.text, scan.finder, true) && !givenNames().personNouns.has(`ال${first.text}`);
}

export const nameAfterScoringVerb: PersonRule = {
  name: 'name after scoring verb',
  why: 'In a match report, two name words between a scoring verb and what is scored ("قبل أن يعادل X Y النتيجة", "وأحرز X Y هدف الفوز"), or after the verb with the pronoun of a goal just named ("بهدف مبكر سجله X Y،"), are a player, whatever their origin.',
  examples: [
    { text: 'وتقدم الضيوف مبكرا، قبل أن يعادل كوفي أمبونو النتيجة في الشوط الثاني.', person: 'كوفي أمبونو' },
    { text: 'ثم أحرز كوامي أوسو هدف الفوز من ركلة حرة.', person: 'كوامي أوسو' },
    { text: 'وقلص لوكاس ريبيرو الفارق في الدقيقة 70 بتسديدة بعيدة.', person: 'لوكاس ريبيرو' },
    { text: 'وتقدم أصحاب الأرض بهدف رائع سجله تيبو ليكلير، ثم تراجعوا إلى الدفاع.', person: 'تيبو ليكلير' },
    { text: 'وفي الشوط الثاني أضاف يانيك بوتا هدفين من ركلتين ثابتتين.', person: 'يانيك بوتا' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let k = 0; k + 3 < tokens.length; k++) {
      // ("سجله X Y، قبل أن…": with the pronoun of the goal named before it, the name ends at a mark.)
      const scoredBefore = !scan.tokens[k + 2]!.joinsNext && verbOfScoredBefore(scan, k);
      if (!(scoredBefore || scoringVerbAt(scan, k, bits)) || !playerName(scan, k + 1) || !(scoredBefore || scoringObjectAt(scan, k + 3))) continue;
      scan.addName(tokens.slice(k + 1, k + 3), tokens[k + 1]!, { gender: 'm' });
      k += 2;
    }
  },
};
