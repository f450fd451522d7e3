// How deep an HTML page nests its elements, measured by a linear scan of its
// tags before any parser sees it: a page nested thousands deep takes jsdom and
// the tree walks after it seconds to minutes, or overflows their stack; real
// pages nest well under 100.

/** Elements with no content: never opened. */
const VOID = new Set('area base br col embed hr img input keygen link meta param source track wbr'.split(' '));
/** Elements the parser closes by itself (a new <p> closes the last): not counted, so real pages are not overcounted. */
const SELF_CLOSING_SIBLINGS = new Set('p li dt dd option optgroup tr td th tbody thead tfoot rb rt rtc rp colgroup caption html head body'.split(' '));
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '));

/** The end of the tag that starts at `from` (the index after its '>'), or -1 when it never ends. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '>') return i + 1;
    else if ((c === '"' || c === "'") && afterEquals) quote = c;
    if (c === '=') afterEquals = true;
    else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') afterEquals = false;
  }
  return -1;
}

/**
 * The deepest nesting of elements in `html`, stopping as soon as it passes
 * `stopAbove` (the caller only needs to know that it is too deep).
 */
export function htmlNestingDepth(html: string, stopAbove = Infinity): number {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  let i = lower.indexOf('<');
  while (i >= 0 && i < lower.length) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      if (end < 0) break;
      i = lower.indexOf('<', end + 3);
      continue;
    }
    const closing = lower[i + 1] === '/';
    const nameMatch = /^[a-z][a-z0-9:-]*/.exec(lower.slice(i + (closing ? 2 : 1), i + 66));
    if (!nameMatch) {
      i = lower.indexOf('<', i + 1);
      continue;
    }
    const name = nameMatch[0];
    const end = tagEnd(lower, i + 1 + name.length);
    if (end < 0) break;
    const counted = !VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name);
    if (closing) {
      if (counted && depth > 0) depth--;
    } else if (RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, end);
      if (close < 0) break;
      i = lower.indexOf('<', close + 2);
      continue;
    } else if (counted && lower[end - 2] !== '/') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    }
    i = lower.indexOf('<', end);
  }
  return deepest;
}
