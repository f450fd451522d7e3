// The hover card's place on the page: one host element at the end of <body>
// with a CLOSED shadow root, so the page's CSS does not reach the card, the
// card's CSS does not reach the page, and the page's scripts cannot read what
// the card shows (host.shadowRoot is null for them). Positioned next to the
// highlight's range.
import { h, render } from 'preact';
import { addStyle } from '../style';
import { Card, CARD_CSS, type CardData } from './Card';
import { fetchEarlierStatements, type EarlierStatementsFetcher } from './earlier';

const HOST_TAG = 'sada-card';
const GAP = 6;

/** What the card is placed by: a highlight's range (or anything with client rects). */
export interface CardAnchor {
  getClientRects(): DOMRectList | DOMRect[];
  getBoundingClientRect(): DOMRect;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private container: HTMLElement | null = null;
  private anchor: CardAnchor | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onCloseRequest: () => void,
    private readonly fetchEarlier: EarlierStatementsFetcher = fetchEarlierStatements,
  ) {}

  /** The element the card is shown for, or null when closed. */
  get openFor(): CardAnchor | null {
    return this.anchor;
  }

  /** The host element, if created (for hit tests: is the pointer over the card?). */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** The shadow root (for Sada's own tests; the page cannot reach it). */
  get shadow(): ShadowRoot | null {
    return this.root;
  }

  show(anchor: CardAnchor, data: CardData): void {
    this.ensureHost();
    this.anchor = anchor;
    render(h(Card, { data, fetchEarlier: this.fetchEarlier, onClose: this.onCloseRequest }), this.container!);
    // Not the `hidden` attribute: the host's inline `all: initial` would override the UA's [hidden] rule.
    this.host!.style.display = 'block';
    this.place(anchor);
  }

  /** Moves focus into the card (opened from the keyboard: a screen reader reads it). */
  focus(): void {
    const dialog = this.root?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) return;
    dialog.tabIndex = -1;
    dialog.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.host || !this.anchor) return;
    this.anchor = null;
    render(null, this.container!);
    this.host.style.display = 'none';
  }

  /** Removes the host from the page. */
  destroy(): void {
    if (this.container) render(null, this.container);
    this.host?.remove();
    this.host = this.root = this.container = this.anchor = null;
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('data-sada-host', '');
    // Out of the flow, above everything; nothing of the page's styles applies inside.
    // Through the CSSOM, which the page's CSP allows (a style attribute it may not).
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;';
    const root = host.attachShadow({ mode: 'closed' });
    addStyle(root, CARD_CSS);
    const container = this.doc.createElement('div');
    root.appendChild(container);
    (this.doc.body ?? this.doc.documentElement).appendChild(host);
    this.host = host;
    this.root = root;
    this.container = container;
  }

  /** Below the highlight (above when there is no room), its right edge at the highlight's right edge (RTL). */
  private place(anchor: CardAnchor): void {
    const host = this.host!;
    const card = this.root!.querySelector<HTMLElement>('.card');
    const view = this.doc.defaultView;
    if (!card || !view) return;
    const rects = typeof anchor.getClientRects === 'function' ? anchor.getClientRects() : [];
    const rect = rects[0] ?? (typeof anchor.getBoundingClientRect === 'function' ? anchor.getBoundingClientRect() : new DOMRect());
    const width = card.offsetWidth || 360;
    const height = card.offsetHeight || 200;
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    let top = rect.bottom + GAP;
    if (top + height > vh && rect.top - GAP - height >= 0) top = rect.top - GAP - height;
    let left = rect.right - width;
    left = Math.max(8, Math.min(left, vw - width - 8));
    host.style.transform = `translate(${Math.round(left)}px, ${Math.round(Math.max(8, top))}px)`;
  }
}
