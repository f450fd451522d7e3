// content-main's life on one page: annotate, report, answer the popup, show
// the hover card, follow the per-site switch, and re-annotate an article that
// the page replaces or loads later. Highlights are ranges (highlights.ts):
// the pointer and the keyboard reach them by hit-testing (pointer.ts).
// Only trusted events (the reader's own) open the card or cause any work.

import type { PageReport, PageState } from '../shared/messages';
import { parseMessage } from '../shared/messages';
import { isSiteEnabled, loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { annotate, clearAnnotation, reportOf, type Analyzer, type Annotation } from './annotate';
import { findArticleSteps } from './article';
import { CardHost, type CardRequest } from './card/host';
import { readPageMeta } from './page-meta';
import { inEditable, isEditable } from './editable';
import { HIGHLIGHT_NAMES, highlightScope, type Mark } from './highlights';
import { PointerTracker, type CaretLocator, nextMark } from './pointer';
import { emptyReport, onExtensionMessage, sendToBackground } from './runtime';
import { runSliced, yieldToPage as defaultYield } from './slices';
import { addStyle, highlightCss, type AddedStyle } from './style';
import { markStep } from './timing';
import { rangeOf, textMapSteps } from './text-map';

export interface ControllerOptions {
  analyze: Analyzer;
  /** Lets the page breathe between slices of work (default: a background-priority task). */
  yieldToPage?: () => Promise<void>;
  /** Quiet time after the page's last relevant change before the article is looked at again. */
  settleMs?: number;
  /** Where the caret is under a point (default: the browser's caretPositionFromPoint). */
  caretAt?: CaretLocator;
}

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 250;
const FLASH_MS = 1600;
/** A restored page (back/forward cache) reports again, at most this often. */
const REPORT_AGAIN_MS = 2000;
/** Added text below this is a ticker or an ad, not an article arriving. */
const MIN_NEW_TEXT = 100;
/** Re-annotations per page at most (a page that rewrites itself forever must not keep Sada busy). */
const MAX_REANNOTATIONS = 30;

export class PageController {
  state: PageState = 'pending';
  annotation: Annotation | null = null;
  readonly card: CardHost;
  private style: AddedStyle | null = null;
  private observer: MutationObserver | null = null;
  private pointer: PointerTracker | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private busy: Promise<void> = Promise.resolve();
  private reannotations = 0;
  private lastReport: PageReport | null = null;
  private lastReportAgain = -Infinity;
  private siteOn = true;
  /** The mark the card is open for, and the one the keyboard is at. */
  private openMark: Mark | null = null;
  private currentMark: Mark | null = null;
  /** Where the keyboard goes on from: the last mark it moved to or the popup revealed. */
  private visited: Mark | null = null;
  private focusBeforeCard: Element | null = null;
  private readonly stops: Array<() => void> = [];
  private readonly interactionStops: Array<() => void> = [];

  constructor(
    private readonly doc: Document,
    private readonly options: ControllerOptions,
  ) {
    this.card = new CardHost(doc, () => this.hideCard(true));
  }

  /** Reads the settings, annotates (or marks the page off), and starts listening. */
  async start(): Promise<void> {
    const hostname = this.doc.location?.hostname ?? '';
    // content-check injects this script only for a site that is switched on: annotate at once and read
    // the settings meanwhile (they may have changed since; then the switch-off follows).
    const settings = loadSettings().then((loaded) => this.onSettings(loaded, hostname));
    this.stops.push(onSettingsChanged((next) => this.onSettings(next, hostname)));
    this.stops.push(
      onExtensionMessage((raw, _sender, sendResponse) => {
        const message = parseMessage(raw);
        if (message?.type === 'sada:reveal') sendResponse({ ok: this.reveal(message.kind, message.index) });
        // The background lost the report (Chromium clears it on history.pushState): answer with the last one.
        else if (message?.type === 'sada:request-report' && this.lastReport) sendResponse(this.lastReport);
      }),
    );
    const view = this.doc.defaultView;
    if (view) {
      const onPageShow = (event: PageTransitionEvent) => {
        // A page can fire any number of synthetic pageshow events: only the browser's own count, and not often.
        if (!event.isTrusted || !event.persisted || performance.now() - this.lastReportAgain < REPORT_AGAIN_MS) return;
        this.lastReportAgain = performance.now();
        void this.sendReport();
      };
      view.addEventListener('pageshow', onPageShow);
      this.stops.push(() => view.removeEventListener('pageshow', onPageShow));
    }
    await Promise.all([this.run(() => this.annotateNow()), settings]);
    await this.busy;
  }

  /** Serializes the page work: one annotate/clear at a time. */
  private run(task: () => Promise<void>): Promise<void> {
    this.busy = this.busy.then(task).catch(async (error: unknown) => {
      this.state = 'error';
      await this.report(emptyReport('error', null, String(error)));
    });
    return this.busy;
  }

  private onSettings(settings: Settings, hostname: string): void {
    const on = isSiteEnabled(settings, hostname);
    if (on === this.siteOn) return;
    this.siteOn = on;
    if (!on && (this.state === 'annotated' || this.state === 'pending' || this.state === 'error')) void this.run(async () => this.switchOff());
    if (on && this.state === 'off') void this.run(() => this.annotateNow());
  }

  private setHtmlState(state: 'annotated' | 'off' | null): void {
    const html = this.doc.documentElement;
    if (state) html.setAttribute('data-sada-state', state);
    else html.removeAttribute('data-sada-state');
  }

  /** Sends a report to the background and keeps it for `sada:request-report`. */
  private async report(report: PageReport): Promise<void> {
    this.lastReport = report;
    await sendToBackground({ type: 'sada:page-report', report });
  }

  private async sendReport(): Promise<void> {
    if (this.state === 'annotated' && this.annotation) {
      await this.report({ ...reportOf(this.annotation, this.doc.location?.href ?? ''), page: readPageMeta(this.doc) });
    } else if (this.state === 'off') {
      await this.report(emptyReport('off', null, 'Sada is switched off for this site'));
    } else if (this.lastReport) {
      await this.report(this.lastReport);
    }
  }

  private async annotateNow(): Promise<void> {
    if (!this.siteOn) return;
    this.clear();
    const outcome = await annotate(this.doc, this.options.analyze, {
      yieldToPage: this.options.yieldToPage ?? defaultYield,
      onPhase: markStep,
      // The first part of a long article is painted before the rest is analyzed; a page left alone gets no style.
      onFirstPaint: (annotation) => {
        markStep('painted');
        this.style ??= addStyle(this.doc, highlightCss(highlightScope(annotation.map.segments.map((segment) => segment.node))));
      },
    });
    if (!this.siteOn) {
      // Switched off while the article was being read: the queued switch-off takes it from here.
      if (outcome.state === 'annotated') clearAnnotation(outcome.annotation);
      this.clear();
      return;
    }
    if (outcome.state !== 'annotated') {
      this.clear();
      this.state = outcome.state;
      this.setHtmlState(null);
      await this.report(emptyReport(outcome.state, outcome.analysis?.language ?? null, outcome.reason));
      return;
    }
    this.annotation = outcome.annotation;
    this.state = 'annotated';
    this.attachInteractions();
    this.observe();
    this.setHtmlState('annotated');
    markStep('annotated');
    await this.sendReport();
  }

  private async switchOff(): Promise<void> {
    this.clear();
    this.state = 'off';
    this.setHtmlState('off');
    await this.sendReport();
  }

  /** Removes every trace of the annotation: highlights, card, style, listeners, observer. */
  clear(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const timer of [this.settleTimer, this.showTimer, this.hideTimer, this.flashTimer]) clearTimeout(timer);
    for (const stop of this.interactionStops.splice(0)) stop();
    this.pointer = null;
    this.card.destroy();
    this.openMark = this.currentMark = this.visited = null;
    if (this.annotation) clearAnnotation(this.annotation);
    this.annotation = null;
    this.style?.remove();
    this.style = null;
  }

  /** Stops everything (tests, or the extension going away). */
  dispose(): void {
    this.clear();
    for (const stop of this.stops.splice(0)) stop();
  }

  // --- late and replaced articles, and what the reader starts editing ----------

  private observe(): void {
    const target = this.doc.body;
    if (!target || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => record.type === 'attributes')) this.dropEditableMarks();
      if (records.some((record) => this.isRelevant(record))) this.scheduleRecheck();
    });
    this.observer.observe(target, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'role'],
    });
  }

  /** Takes the highlights off whatever became editable (the page turned on an editor, the reader started typing). */
  private dropEditableMarks(): void {
    const removed = this.annotation?.highlighter.remove((mark) => inEditable(mark.range.startContainer)) ?? [];
    if (removed.includes(this.openMark!)) this.hideCard(false);
  }

  private isSada(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).matches('[data-sada-host], style[data-sada-style]');
  }

  private insideArticle(node: Node): boolean {
    return this.annotation?.roots.some((root) => root.contains(node)) ?? false;
  }

  /** A change that may mean a new or replaced article (not Sada's own, not a small ticker/ad). */
  private isRelevant(record: MutationRecord): boolean {
    if (record.type === 'attributes') return false;
    if (record.type === 'characterData') return this.insideArticle(record.target);
    for (const node of record.removedNodes) {
      if (this.isSada(node)) continue;
      if (this.annotation?.roots.some((root) => node === root || node.contains(root))) return true;
      if (this.insideArticle(record.target) && (node.textContent ?? '').trim()) return true;
    }
    for (const node of record.addedNodes) {
      if (this.isSada(node)) continue;
      const text = (node.textContent ?? '').trim().length;
      if (text >= MIN_NEW_TEXT || (text > 0 && this.insideArticle(record.target))) return true;
    }
    return false;
  }

  private scheduleRecheck(): void {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.run(() => this.recheck()), this.options.settleMs ?? 1000);
  }

  /** Re-annotates when the article's text is no longer what was annotated. */
  private async recheck(): Promise<void> {
    if (this.state !== 'annotated' || !this.annotation) return;
    // In time slices, like the annotation: a big page must not freeze while Sada looks again.
    const yieldToPage = this.options.yieldToPage ?? defaultYield;
    const article = await runSliced(findArticleSteps(this.doc), yieldToPage);
    const roots = article?.roots.filter((root) => !isEditable(root)) ?? [];
    const text = article ? (await runSliced(textMapSteps(roots, { exclude: article.exclude }), yieldToPage)).text : '';
    if (this.state !== 'annotated' || !this.annotation) return;
    const intact = this.annotation.map.segments.every((segment) => segment.node.isConnected);
    if (text === this.annotation.map.text && intact) return;
    if (++this.reannotations > MAX_REANNOTATIONS) return;
    await this.annotateNow();
  }

  // --- hover card and keyboard ---------------------------------------------------

  private attachInteractions(): void {
    const doc = this.doc;
    const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) => {
      const trusted = (event: DocumentEventMap[K]) => {
        // Script-fired events never open the card or make Sada work.
        if (event.isTrusted) handler(event);
      };
      doc.addEventListener(type, trusted, true);
      this.interactionStops.push(() => doc.removeEventListener(type, trusted, true));
    };
    const annotation = this.annotation!;
    this.pointer = new PointerTracker(doc, annotation.highlighter, (mark, overCard) => this.onPointer(mark, overCard), {
      caretAt: this.options.caretAt,
      isCard: (target) => target != null && target === this.card.element,
    });
    const pointer = this.pointer;
    listen('mousemove', (event) => pointer.moved(event));
    listen('keydown', (event) => this.onKey(event));
    // The reader starts typing somewhere: nothing of Sada's may stay in it.
    listen('focusin', (event) => {
      if (isEditable(event.target as Element)) this.dropEditableMarks();
    });
    listen('beforeinput', () => this.dropEditableMarks());
  }

  /** The reader's pointer is over `mark` (or nothing, or the card): open or close the card, after a short delay. */
  onPointer(mark: Mark | null, overCard: boolean): void {
    if (overCard) {
      clearTimeout(this.hideTimer);
      return;
    }
    if (mark) {
      clearTimeout(this.hideTimer);
      if (this.openMark && this.openMark.kind === mark.kind && this.openMark.index === mark.index) return;
      clearTimeout(this.showTimer);
      this.showTimer = setTimeout(() => this.showCard(mark, false), SHOW_DELAY_MS);
      return;
    }
    clearTimeout(this.showTimer);
    if (this.openMark && !this.currentMark) this.scheduleHide();
  }

  /** Alt+Shift+↓ / ↑ moves to the next / previous highlight and opens its card; Escape closes the card. */
  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.card.openFor) {
      this.hideCard(true);
      return;
    }
    if (!event.altKey || !event.shiftKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    if (this.step(event.key === 'ArrowDown' ? 1 : -1)) event.preventDefault();
  }

  /** The keyboard path: to the next (1) or previous (-1) highlight, its card open; false at the end. */
  step(direction: 1 | -1): boolean {
    const annotation = this.annotation;
    const next = annotation ? nextMark(annotation, this.currentMark ?? this.visited ?? this.openMark, direction) : null;
    if (next) this.moveTo(next);
    return next !== null;
  }

  /** Makes `mark` the keyboard's current highlight: painted as such, scrolled to, its card open. */
  private moveTo(mark: Mark): void {
    this.currentMark = this.visited = mark;
    this.annotation?.highlighter.show(HIGHLIGHT_NAMES.current, [mark.range]);
    mark.range.startContainer.parentElement?.scrollIntoView?.({ block: 'center' });
    this.showCard(mark, true);
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hideCard(false), HIDE_DELAY_MS);
  }

  hideCard(returnFocus: boolean): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.card.hide();
    this.openMark = null;
    this.currentMark = null;
    this.annotation?.highlighter.show(HIGHLIGHT_NAMES.current, []);
    const back = this.focusBeforeCard;
    this.focusBeforeCard = null;
    if (returnFocus && back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }

  private showCard(mark: Mark, byKeyboard: boolean): void {
    const data = this.cardRequest(mark);
    if (!data) return;
    if (byKeyboard && !this.focusBeforeCard) this.focusBeforeCard = this.doc.activeElement;
    this.openMark = mark;
    this.card.show(mark.range, data);
    // From the keyboard, focus goes into the card so that a screen reader reads it.
    if (byKeyboard) this.card.focus();
  }

  /** What the card (card.html) is asked to show for a highlight: ids and printed names, never the reader's data. */
  cardRequest(mark: Mark): CardRequest | null {
    const annotation = this.annotation;
    if (!annotation) return null;
    const { analysis, map } = annotation;
    const conflict = analysis.conflicts[0]?.id ?? null;
    if (mark.kind === 'actor') {
      const actor = analysis.actors[mark.index];
      if (!actor) return null;
      return { kind: 'actor', id: actor.id, name: mark.range.toString().trim() || actor.name.ar, conflict };
    }
    const quote = analysis.quotes[mark.index];
    if (!quote) return null;
    return {
      kind: 'quote',
      quote: map.text.slice(quote.start, quote.end).replace(/\s+/g, ' ').trim(),
      quoteKind: quote.kind,
      speaker: quote.speaker ? { id: quote.speaker.id, name: quote.speaker.name } : null,
      conflict,
    };
  }

  // --- popup: reveal ----------------------------------------------------------------

  /** Scrolls to an actor's first mention or a quote and flashes it; false when there is nothing to show. */
  reveal(kind: 'actor' | 'quote', index: number): boolean {
    const annotation = this.annotation;
    if (!annotation || this.state !== 'annotated') return false;
    const marks = (kind === 'actor' ? annotation.actorMarks[index] : annotation.quoteMarks[index]) ?? [];
    const live = marks.filter((mark) => !mark.range.collapsed && mark.range.startContainer.isConnected);
    const first = live[0];
    if (first) {
      first.range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      // An actor flashes at its first mention; a quote in all its pieces.
      annotation.highlighter.show(HIGHLIGHT_NAMES.flash, (kind === 'actor' ? [first] : live).map((mark) => mark.range));
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => annotation.highlighter.show(HIGHLIGHT_NAMES.flash, []), FLASH_MS);
      // The keyboard goes on from here.
      this.visited = first;
      return true;
    }
    // An indirect quote has no highlight: select its text.
    const quote = kind === 'quote' ? annotation.analysis.quotes[index] : undefined;
    const range = quote ? rangeOf(annotation.map, quote.start, quote.end) : null;
    if (!range) return false;
    (range.startContainer.parentElement ?? null)?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    const selection = this.doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return true;
  }
}
