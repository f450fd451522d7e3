// Character classes the quote and speaker finders share.

/** Quotation marks Arabic outlets print: " “ ” « » „ ‟ ″ ＂. (Char codes: this runs on every character.) */
export function isQuoteMark(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f) || c === 0x2033 || c === 0xff02;
}

/** Line and paragraph breaks. */
export function isLineBreak(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Invisible characters that must not change how a mark or a word is read: ZWNJ/ZWJ, bidi controls, BOM, soft hyphen. */
export function isInvisible(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x061c;
}
