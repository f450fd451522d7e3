// The hover card's place on the page: one host element at the end of <body>
// with a CLOSED shadow root holding an <iframe> of the extension's own
// card.html (team contract 2). What the card shows from the reader's memory
// lives in that extension-origin frame: the page can reach neither the
// shadow root (host.shadowRoot is null for it) nor the frame's document
// (another origin), and this content script never receives it either. The
// frame may say its size and ask to close, by postMessage; only messages
// whose source is this frame's window are heard.
import { extensionUrl } from '../runtime';

const HOST_TAG = 'sada-card';
const GAP = 6;
const WIDTH = 360;
const MIN_HEIGHT = 80;
const MAX_HEIGHT = 480;
/** Longest quote text passed to the card (card.html cuts there too). */
const MAX_QUOTE = 600;

/** What the card is placed by: a highlight's range (or anything with client rects). */
export interface CardAnchor {
  getClientRects(): DOMRectList | DOMRect[];
  getBoundingClientRect(): DOMRect;
}

/** What the card is asked to show: the query string of card.html. */
export type CardRequest =
  | { kind: 'actor'; id: string | null; name: string; conflict: string | null }
  | { kind: 'quote'; quote: string; quoteKind: 'direct' | 'indirect'; speaker: { id: string | null; name: string } | null; conflict: string | null };

/** card.html?… for a request, as contract 2 spells it. */
export function cardQuery(request: CardRequest): string {
  const q = new URLSearchParams({ kind: request.kind });
  if (request.kind === 'actor') {
    q.set('id', request.id ?? '');
    q.set('name', request.name);
  } else {
    q.set('speaker', request.speaker?.id ?? '');
    q.set('speakerName', request.speaker?.name ?? '');
    q.set('quote', request.quote.slice(0, MAX_QUOTE));
    q.set('kind2', request.quoteKind);
  }
  if (request.conflict) q.set('conflict', request.conflict);
  return `card.html?${q.toString()}`;
}

type FrameMessage = { sada: 'card-size'; width: number; height: number } | { sada: 'card-close' };

function parseFrameMessage(data: unknown): FrameMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.sada === 'card-close') return { sada: 'card-close' };
  const size = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 10_000;
  if (m.sada === 'card-size' && size(m.width) && size(m.height)) return { sada: 'card-size', width: m.width as number, height: m.height as number };
  return null;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private frame: HTMLIFrameElement | null = null;
  private anchor: CardAnchor | null = null;
  private height = 200;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onCloseRequest: () => void,
  ) {}

  /** The anchor the card is shown for, or null when closed. */
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

  show(anchor: CardAnchor, request: CardRequest): void {
    this.ensureHost();
    this.anchor = anchor;
    const src = extensionUrl(cardQuery(request));
    if (this.frame!.getAttribute('src') !== src) this.frame!.setAttribute('src', src);
    this.host!.style.display = 'block';
    this.place();
  }

  /** Moves focus into the card (opened from the keyboard: a screen reader reads it). */
  focus(): void {
    this.frame?.focus();
  }

  hide(): void {
    if (!this.host || !this.anchor) return;
    this.anchor = null;
    this.host.style.display = 'none';
  }

  /** Removes the host from the page. */
  destroy(): void {
    this.stopListening?.();
    this.host?.remove();
    this.host = this.root = this.frame = this.anchor = this.stopListening = null;
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    this.destroy();
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('data-sada-host', '');
    // Out of the flow, above everything; through the CSSOM, which the page's CSP allows (a style attribute it may not).
    host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; display: none;';
    const root = host.attachShadow({ mode: 'closed' });
    const frame = this.doc.createElement('iframe');
    frame.title = 'Sada';
    // The card's box (edge, shadow, an opaque ground) is drawn here, so it shows whole while card.html loads.
    frame.style.cssText =
      `display: block; box-sizing: content-box; width: ${WIDTH}px; height: ${this.height}px; max-width: calc(100vw - 16px); ` +
      'border: 1px solid rgba(0, 0, 0, 0.14); border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22); background: #fff;';
    root.appendChild(frame);
    (this.doc.body ?? this.doc.documentElement).appendChild(host);
    const view = this.doc.defaultView;
    const onMessage = (event: MessageEvent) => {
      const own = this.frame?.contentWindow;
      if (!own || event.source !== own) return;
      const message = parseFrameMessage(event.data);
      if (message?.sada === 'card-close') this.onCloseRequest();
      else if (message?.sada === 'card-size') {
        this.height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(message.height)));
        this.frame!.style.height = `${this.height}px`;
        this.place();
      }
    };
    view?.addEventListener('message', onMessage);
    this.stopListening = () => view?.removeEventListener('message', onMessage);
    this.host = host;
    this.root = root;
    this.frame = frame;
  }

  /** Below the highlight (above when there is no room), its right edge at the highlight's right edge (RTL). */
  private place(): void {
    const host = this.host;
    const anchor = this.anchor;
    const view = this.doc.defaultView;
    if (!host || !anchor || !view) return;
    const rects = typeof anchor.getClientRects === 'function' ? anchor.getClientRects() : [];
    const rect = rects[0] ?? (typeof anchor.getBoundingClientRect === 'function' ? anchor.getBoundingClientRect() : null);
    if (!rect) return;
    const width = Math.min(WIDTH, view.innerWidth - 16);
    const height = this.height;
    let top = rect.bottom + GAP;
    if (top + height > view.innerHeight && rect.top - GAP - height >= 0) top = rect.top - GAP - height;
    const left = Math.max(8, Math.min(rect.right - width, view.innerWidth - width - 8));
    host.style.transform = `translate(${Math.round(left)}px, ${Math.round(Math.max(8, top))}px)`;
  }
}
