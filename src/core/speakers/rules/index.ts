// Where a direct quote's speaker is decided: these rules, in this order; the
// first that has something to say wins. (What a cue's subject is — a named
// actor, a titled person, a carried-over speaker — is read once per cue by the
// ordered rules of ../subject/rules/index.ts; these rules choose which cue a
// quote takes.)
// A quote none of them decides has no speaker.
import { actorOfSentenceBefore } from './actor-of-sentence-before';
import { carriedCueBefore } from './carried-cue-before';
import { cueAfter } from './cue-after';
import { cueEarlierInParagraph } from './cue-earlier-in-paragraph';
import { headline } from './headline';
import { headlineQuoteFirst } from './headline-quote-first';
import { interviewAnswer } from './interview-answer';
import { joinedToPreviousQuote } from './joined-to-previous';
import { namedCueBefore } from './named-cue-before';
import { ownWordsInTurn } from './own-words-in-turn';
import { paragraphBefore } from './paragraph-before';
import { paragraphGoesOn } from './paragraph-goes-on';
import { sameSentenceGoesOn } from './same-sentence';
import { statementNamedBefore } from './statement-named-before';
import type { SpeakerRule } from './rule';

export type { QuoteZone, RuleExample, SpeakerRule } from './rule';

export const QUOTE_RULES: readonly SpeakerRule[] = [
  statementNamedBefore, // "على تصريحات الوزير X بأن موسكو «...»" → X
  namedCueBefore, //      "وقال X: «...»"، "قال مصدر: «...»"
  cueAfter, //            "«...»، قال X"
  interviewAnswer, //     "ج: «...»" → the one the lead introduces as interviewed
  ownWordsInTurn, //      "X: … قلت لهم: «...»" → the person whose turn it is
  carriedCueBefore, //    "وأضاف: «...»" → the last speaker of that gender
  joinedToPreviousQuote, // "«...»، «...»" → the same speaker
  sameSentenceGoesOn, //  "«...»، لأن التسوية «...»" → the same speaker
  paragraphGoesOn, //     "«...»، قال X، وهو صياد. «...»" → the same speaker
  cueEarlierInParagraph, // "وتتابع أن زبائنها يدفعن بالتقسيط. «...»" → who spoke in the sentence before
  paragraphBefore, //     a paragraph that opens with «...» → the paragraph before's speaker
  headline, //            "X: «...»"
  headlineQuoteFirst, //  "«...».. X يحذر من …" (the text's first line)
  actorOfSentenceBefore, // "وتعود سماح إلى خيمتها. «...»" → the person the sentence before is about
];
