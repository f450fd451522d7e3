// Character classes the quote and speaker finders share.

/** Quotation marks Arabic outlets print: " “ ” « » „ ‟ ″ ＂. */
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u201F', '\u2033', '\uFF02']);

export function isQuoteMark(ch: string): boolean {
  return QUOTE_MARKS.has(ch);
}

/** Invisible characters that must not change how a mark or a word is read: ZWNJ/ZWJ, bidi controls, BOM, soft hyphen. */
export function isInvisible(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x061c;
}
