// What the reader may be editing: Sada reads no text there and paints nothing
// there (issue 12: a CMS must never save anything of Sada's, and highlights
// must not sit in what the reader types).

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

/** True when the text node (or element) lies in editable content. */
export function inEditable(node: Node): boolean {
  return isEditable(node.nodeType === 1 ? (node as Element) : node.parentElement);
}
