// Phrase lists scanned over the same tokens, one after another (the finder's
// names, places, roles, conflict terms and words of war): which of them a word
// may open a phrase of is read for every token in one pass, kept by word id, so
// that each list's scan passes the tokens that open none of its phrases with a
// bit test instead of asking its own per-word answers again (matcher.ts scan).
import type { Token } from './tokens';
import { WordAnswers } from './vocabulary';

/** Members a group holds at most: one bit each of an Int32Array cell. */
const MAX_MEMBERS = 31;

export class ScanGroup {
  private readonly members: Array<(token: Token) => boolean> = [];
  /** Per word, the bits of the members that may open a phrase with it. */
  private readonly bitsByWord = new WordAnswers((token: Token) => {
    let bits = 0;
    for (let b = 0; b < this.members.length; b++) if (this.members[b]!(token)) bits |= 1 << b;
    return bits;
  });
  /** The bits of the token lists read, token by token (weakly: a text's tokens are not kept alive by it). */
  private bitsOf = new WeakMap<Token[], Int32Array>();

  /**
   * Adds a member (`opens`: may one of its phrases start at the token? It must
   * depend on the token's word alone). Returns its bit in openings(), or 0 when
   * the group is full (the member then scans alone).
   */
  join(opens: (token: Token) => boolean): number {
    if (this.members.length >= MAX_MEMBERS) return 0;
    this.members.push(opens);
    this.changed();
    return 1 << (this.members.length - 1);
  }

  /** A member's phrases changed: what was read is forgotten. */
  changed(): void {
    this.bitsByWord.clear();
    this.bitsOf = new WeakMap();
  }

  /** Per token, the bits of the members that may open a phrase there: one pass for the whole group, kept with the tokens. */
  openings(tokens: Token[]): Int32Array {
    let bits = this.bitsOf.get(tokens);
    if (bits === undefined || bits.length !== tokens.length) {
      bits = new Int32Array(tokens.length);
      for (let k = 0; k < tokens.length; k++) bits[k] = this.bitsByWord.of(tokens[k]!);
      this.bitsOf.set(tokens, bits);
    }
    return bits;
  }
}
