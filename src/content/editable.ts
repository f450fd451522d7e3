// What the reader may be editing: Sada reads no text there and paints nothing
// there (issue 12: a CMS must never save anything of Sada's, and highlights
// must not sit in what the reader types).

import { ancestorOrSelf } from './ancestors';

/** contenteditable in any form but "false" (true, "", plaintext-only), and text-box widgets. */
export const EDITABLE_SELECTOR =
  '[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"], textarea, input';

/** True when `element` is editable or inside something editable, or the whole document is (designMode). */
export function isEditable(element: Element | null): boolean {
  if (!element) return false;
  const doc = element.ownerDocument;
  if (doc.designMode === 'on') return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return element.closest(EDITABLE_SELECTOR) !== null;
}

/**
 * isEditable for many elements of one page (every text node of an
 * article): each ancestor is judged once, whatever the page's depth. It
 * reads attributes only (isContentEditable would make the browser bring
 * its styles up to date, on every call while a style change is pending).
 */
export function editableChecker(doc: Document): (element: Element | null) => boolean {
  const within = ancestorOrSelf((element) => element.matches(EDITABLE_SELECTOR));
  return (element) => element !== null && (doc.designMode === 'on' || within(element));
}

/** True when the text node (or element) lies in editable content. */
export function inEditable(node: Node): boolean {
  return isEditable(node.nodeType === 1 ? (node as Element) : node.parentElement);
}
