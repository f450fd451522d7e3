// What the person rules ask of every token before anything else ("a nationality?", "a kin noun in
// construct?", "a word that names someone, يدعى?"): one bit per question, all of a word's answered once
// (kept by word id) and read for a text's tokens in one pass, so that each rule's pass over the tokens
// tests a bit of an array where it asked its own per-word answer through the token (some 16,000
// lookups per 100 KB for each rule).
import { ScanGroup } from '../text/scan-group';
import type { Token } from '../text/tokens';

// (A scan group's bookkeeping is this: questions about a token's word, one bit each, read once per token list.)
const questions = new ScanGroup();

/** A question about a token's word (its answer must depend on the word alone): its bit in personWordBits. */
export function personWordBit(test: (token: Token) => boolean): number {
  const bit = questions.join(test);
  // (A group holds 31 questions: a bit of 0 would answer no for every word.)
  if (bit === 0) throw new Error('personWordBit: no bit left');
  return bit;
}

/** Per token of the list, the bits of the questions its word answers yes to (read once per token list). */
export const personWordBits = (tokens: Token[]): Int32Array => questions.openings(tokens);
