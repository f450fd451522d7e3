// The first, cheapest look the content check takes at a page: the title and
// the first few hundred characters of the body's text, read by one bounded
// TreeWalker (no layout: no innerText, no computed style). Most pages Sada
// leaves alone are told from this alone: no Arabic-script letter at all, or
// Persian/Urdu letters; the full sample (page-check.ts) and the keyword
// pattern are then never built.

/** Characters of prose (text nodes of some length) the probe takes. */
export const PROBE_PROSE_CHARS = 600;
/** Text nodes the probe visits at most. */
export const PROBE_NODES = 300;
/** A text node this long (trimmed) is prose rather than a menu item (as in page-check.ts). */
const PROSE_NODE_CHARS = 30;
/** Letters Arabic does not write but Persian or Urdu do (پ چ ژ گ ے ٹ ڈ ڑ ں), and the zero-width non-joiner. */
const PERSIAN_OR_URDU_MARKS = 'پچژگےٹڈڑں\u200c';
/** This many such marks in the probe: the page may be Persian or Urdu (the language module then says). */
export const MIN_PERSIAN_OR_URDU_MARKS = 4;
/** Languages written in the Arabic script: a page that declares one is never judged by the probe's "no Arabic letter". */
const ARABIC_SCRIPT_LANG = /^(?:ar|fa|ur|ps|ku|ckb|sd|ug|prs|pnb)(?:-|$)/i;

export interface PageProbe {
  /** Title, then the texts the probe read, joined. */
  text: string;
  /** Characters of body prose read (title not counted). */
  proseChars: number;
  /** Arabic-script letters in `text`. */
  arabicLetters: number;
  /** Persian/Urdu letters and zero-width non-joiners in `text`. */
  persianOrUrduMarks: number;
  /** The page declares an Arabic-script language (<html lang>). */
  declaresArabicScript: boolean;
}

const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Reads the title and at most PROBE_NODES text nodes or PROBE_PROSE_CHARS characters of prose. */
export function probePage(doc: Document): PageProbe {
  const parts: string[] = [doc.title];
  let proseChars = 0;
  const body = doc.body;
  if (body) {
    const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
    let visited = 0;
    for (let node = walker.nextNode(); node && visited < PROBE_NODES; node = walker.nextNode()) {
      visited++;
      const parent = node.parentNode;
      if (parent && SKIP_PARENTS.has(parent.nodeName)) continue;
      const data = (node as Text).data;
      if (data.length < PROSE_NODE_CHARS) {
        if (data.trim()) parts.push(data);
        continue;
      }
      const take = data.trim().slice(0, PROBE_PROSE_CHARS - proseChars);
      parts.push(take);
      if (take.length >= PROSE_NODE_CHARS) proseChars += take.length;
      if (proseChars >= PROBE_PROSE_CHARS) break;
    }
  }
  const text = parts.join('\n');
  let arabicLetters = 0;
  let persianOrUrduMarks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0620) continue;
    if ((c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabicLetters++;
    if (PERSIAN_OR_URDU_MARKS.includes(text[i]!)) persianOrUrduMarks++;
  }
  const declaresArabicScript = ARABIC_SCRIPT_LANG.test(doc.documentElement?.getAttribute('lang') ?? '');
  return { text, proseChars, arabicLetters, persianOrUrduMarks, declaresArabicScript };
}
