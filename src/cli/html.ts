// An HTML page → the article text a reader sees (jsdom + Readability), with
// paragraphs separated by blank lines, the same shape as the gold texts.
import { CliError } from './command';

const BLOCK_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd';

/** Extracts the main article's text from an HTML page. Loads jsdom only when called. */
export async function articleTextFromHtml(html: string, url = 'https://example.invalid/'): Promise<string> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  // A console that prints nothing: jsdom's "Could not parse CSS stylesheet" and the like stay off the terminal.
  const virtualConsole = new VirtualConsole();
  // No scripts, no subresources: the page is data, never run.
  const dom = new JSDOM(html, { url, virtualConsole });
  const document = dom.window.document;
  const title = document.querySelector('h1')?.textContent?.trim() || document.title.trim();
  // News snippets can be short: a lower threshold than Readability's 500 characters.
  const article = new Readability(document, { charThreshold: 200 }).parse();
  const paragraphs: string[] = [];
  if (article?.content) {
    const content = new JSDOM(`<body>${article.content}</body>`, { virtualConsole }).window.document.body;
    paragraphs.push(...blockTexts(content));
  } else {
    paragraphs.push(...blockTexts(new JSDOM(html, { virtualConsole }).window.document.body));
  }
  // The headline leads the text, as a reader sees it; the page's <h1> beats <title>
  // (which often carries the site's name). Readability sometimes keeps it already.
  const headline = (title || article?.title || '').replace(/\s+/g, ' ').trim();
  if (headline && !paragraphs.slice(0, 3).includes(headline)) paragraphs.unshift(headline);
  const text = paragraphs.join('\n\n');
  if (!text.trim()) throw new CliError('no article text found in the HTML page');
  return text;
}

/** Text of each innermost block element, whitespace collapsed; loose text in leaf containers too. */
function blockTexts(root: Element): string[] {
  const out: string[] = [];
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)].filter((el) => !el.querySelector(BLOCK_SELECTOR));
  const seen = new Set<Element>(blocks);
  // Divs that hold text directly but no block children (outlets that skip <p>).
  for (const div of root.querySelectorAll('div, section, article')) {
    if (!div.querySelector(`${BLOCK_SELECTOR}, div, section, article`)) {
      let inside = false;
      for (let p: Element | null = div.parentElement; p; p = p.parentElement) if (seen.has(p)) inside = true;
      if (!inside) blocks.push(div);
    }
  }
  const ordered = blocks.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  for (const el of ordered) {
    // <br> breaks lines inside a block; outlets often separate paragraphs with <br><br>.
    for (const br of el.querySelectorAll('br')) br.replaceWith(el.ownerDocument.createTextNode('\n'));
    for (const line of (el.textContent ?? '').split(/\n\s*/)) {
      const text = line.replace(/[ \t\r\u00A0]+/g, ' ').trim();
      if (text) out.push(text);
    }
  }
  return out;
}
