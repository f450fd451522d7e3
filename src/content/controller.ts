// content-main's life on one page: annotate, report, answer the popup, show
// the hover card, follow the per-site switch, and re-annotate an article that
// the page replaces or loads later.

import type { PageReport, PageState } from '../shared/messages';
import { parseMessage } from '../shared/messages';
import { isSiteEnabled, loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { annotate, clearAnnotation, reportOf, type Analyzer, type Annotation } from './annotate';
import { findArticleSteps } from './article';
import type { CardData } from './card/Card';
import { fetchEarlierStatements, type EarlierStatementsFetcher } from './card/earlier';
import { readPageMeta } from './page-meta';
import { CardHost } from './card/host';
import { emptyReport, onExtensionMessage, sendToBackground } from './runtime';
import { addStyle, HIGHLIGHT_CSS, type AddedStyle } from './style';
import { runSliced } from './slices';
import { rangeOf, textMapSteps } from './text-map';
import { HIGHLIGHT_TAG } from './wrap';

export interface ControllerOptions {
  analyze: Analyzer;
  /** Builds the analyzer's lazy data in a task of its own (see AnnotateOptions.warmUp). */
  warmUp?: () => void;
  /** Lets the page breathe between wrapping chunks (default: a macrotask). */
  yieldToPage?: () => Promise<void>;
  fetchEarlier?: EarlierStatementsFetcher;
  /** Quiet time after the page's last relevant change before the article is looked at again. */
  settleMs?: number;
}

const HIGHLIGHT_SELECTOR = `${HIGHLIGHT_TAG}[data-sada]`;
const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 250;
const FLASH_MS = 1600;
/** Added text below this is a ticker or an ad, not an article arriving. */
const MIN_NEW_TEXT = 100;
/** Re-annotations per page at most (a page that rewrites itself forever must not keep Sada busy). */
const MAX_REANNOTATIONS = 30;

export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageController {
  state: PageState = 'pending';
  annotation: Annotation | null = null;
  private readonly card: CardHost;
  private style: AddedStyle | null = null;
  private observer: MutationObserver | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private busy: Promise<void> = Promise.resolve();
  private reannotations = 0;
  private ignoreNextFocus = false;
  private lastReport: PageReport | null = null;
  private siteOn = true;
  private readonly stops: Array<() => void> = [];
  private readonly interactionStops: Array<() => void> = [];

  constructor(
    private readonly doc: Document,
    private readonly options: ControllerOptions,
  ) {
    this.card = new CardHost(doc, () => this.hideCard(true), options.fetchEarlier ?? fetchEarlierStatements);
  }

  /** Reads the settings, annotates (or marks the page off), and starts listening. */
  async start(): Promise<void> {
    const hostname = this.doc.location?.hostname ?? '';
    const settings = await loadSettings();
    this.siteOn = isSiteEnabled(settings, hostname);
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
        if (event.persisted) void this.sendReport();
      };
      view.addEventListener('pageshow', onPageShow);
      this.stops.push(() => view.removeEventListener('pageshow', onPageShow));
    }
    if (this.siteOn) await this.run(() => this.annotateNow());
    else await this.run(async () => this.switchOff());
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
      warmUp: this.options.warmUp,
      afterChunk: () => this.observer?.takeRecords(),
    });
    if (outcome.state !== 'annotated') {
      this.state = outcome.state;
      this.setHtmlState(null);
      await this.report(emptyReport(outcome.state, outcome.analysis?.language ?? null, outcome.reason));
      return;
    }
    this.annotation = outcome.annotation;
    this.state = 'annotated';
    this.style = addStyle(this.doc, HIGHLIGHT_CSS);
    this.attachInteractions();
    this.observe();
    this.setHtmlState('annotated');
    this.observer?.takeRecords();
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
    clearTimeout(this.settleTimer);
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    for (const stop of this.interactionStops.splice(0)) stop();
    this.card.destroy();
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

  // --- late and replaced articles ---------------------------------------------

  private observe(): void {
    const target = this.doc.body;
    if (!target || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (records.some((record) => this.isRelevant(record))) this.scheduleRecheck();
    });
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  private isSada(node: Node): boolean {
    // Text nodes that Sada's splitting adds are dropped with takeRecords right after each chunk.
    return node.nodeType === 1 && (node as Element).matches(`${HIGHLIGHT_SELECTOR}, [data-sada-host], style[data-sada-style]`);
  }

  private insideArticle(node: Node): boolean {
    return this.annotation?.roots.some((root) => root.contains(node)) ?? false;
  }

  /** A change that may mean a new or replaced article (not Sada's own, not a small ticker/ad). */
  private isRelevant(record: MutationRecord): boolean {
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
    const text = article ? (await runSliced(textMapSteps(article.roots, { exclude: article.exclude }), yieldToPage)).text : '';
    if (this.state !== 'annotated' || !this.annotation) return;
    const intact = this.annotation.wrapping.elements.every((pieces) => pieces.every((el) => el.isConnected));
    if (text === this.annotation.map.text && intact) return;
    if (++this.reannotations > MAX_REANNOTATIONS) return;
    await this.annotateNow();
  }

  // --- hover card and keyboard ---------------------------------------------------

  private attachInteractions(): void {
    const doc = this.doc;
    const highlightOf = (target: EventTarget | null): Element | null =>
      target && (target as Node).nodeType === 1 ? (target as Element).closest(HIGHLIGHT_SELECTOR) : null;
    const inCard = (target: EventTarget | null) => target != null && target === this.card.element;

    const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) => {
      doc.addEventListener(type, handler, true);
      this.interactionStops.push(() => doc.removeEventListener(type, handler, true));
    };

    listen('mouseover', (event) => {
      const highlight = highlightOf(event.target);
      if (highlight) {
        clearTimeout(this.hideTimer);
        clearTimeout(this.showTimer);
        this.showTimer = setTimeout(() => this.showCard(highlight), SHOW_DELAY_MS);
      } else if (inCard(event.target)) {
        clearTimeout(this.hideTimer);
      }
    });
    listen('mouseout', (event) => {
      if (!highlightOf(event.target) && !inCard(event.target)) return;
      if (highlightOf(event.relatedTarget) === highlightOf(event.target) && highlightOf(event.target)) return;
      if (inCard(event.relatedTarget)) return;
      clearTimeout(this.showTimer);
      this.scheduleHide();
    });
    listen('focusin', (event) => {
      if (this.ignoreNextFocus) return;
      const highlight = highlightOf(event.target);
      if (highlight) {
        clearTimeout(this.hideTimer);
        this.showCard(highlight);
      } else if (inCard(event.target)) {
        clearTimeout(this.hideTimer);
      }
    });
    listen('focusout', (event) => {
      if (!highlightOf(event.target) && !inCard(event.target)) return;
      if (inCard(event.relatedTarget) || highlightOf(event.relatedTarget)) return;
      this.scheduleHide();
    });
    listen('keydown', (event) => {
      if (event.key === 'Escape' && this.card.openFor) {
        this.hideCard(true);
        return;
      }
      const highlight = highlightOf(event.target);
      if (highlight && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        if (this.card.openFor === highlight) this.hideCard(false);
        else this.showCard(highlight);
      }
    });
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hideCard(false), HIDE_DELAY_MS);
  }

  private hideCard(returnFocus: boolean): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    const anchor = this.card.openFor;
    const focusInCard = this.card.element != null && this.doc.activeElement === this.card.element;
    this.card.hide();
    this.observer?.takeRecords();
    // Focus goes back to the highlight only when it was inside the card (the close button);
    // that focus must not open the card again.
    if (returnFocus && focusInCard && anchor instanceof HTMLElement && anchor.tabIndex >= 0) {
      this.ignoreNextFocus = true;
      anchor.focus({ preventScroll: true });
      this.ignoreNextFocus = false;
    }
  }

  private showCard(highlight: Element): void {
    const data = this.cardData(highlight);
    if (!data) return;
    this.card.show(highlight, data);
    this.observer?.takeRecords();
  }

  /** What the card shows for a highlight. */
  cardData(highlight: Element): CardData | null {
    const annotation = this.annotation;
    if (!annotation) return null;
    const { analysis, map } = annotation;
    const index = Number(highlight.getAttribute('data-sada-index'));
    const quoteText = (start: number, end: number) => map.text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (highlight.getAttribute('data-sada') === 'actor') {
      const actor = analysis.actors[index];
      if (!actor) return null;
      const saidHere = analysis.quotes.filter(
        (q) => q.kind === 'direct' && q.speaker && (actor.id ? q.speaker.id === actor.id : q.speaker.id === null && q.speaker.name === actor.name.ar),
      );
      return {
        kind: 'actor',
        id: actor.id,
        type: actor.type,
        name: actor.name,
        about: actor.about,
        surface: (highlight.textContent ?? '').trim(),
        quotes: saidHere.map((q) => quoteText(q.start, q.end)),
      };
    }
    const quote = analysis.quotes[index];
    if (!quote) return null;
    const speakerActor = quote.speaker?.id ? analysis.actors.find((a) => a.id === quote.speaker!.id) : undefined;
    return {
      kind: 'quote',
      text: quoteText(quote.start, quote.end),
      speaker: quote.speaker
        ? { id: quote.speaker.id, name: speakerActor?.name.ar || quote.speaker.name, about: speakerActor?.about ?? null }
        : null,
    };
  }

  // --- popup: reveal ----------------------------------------------------------------

  /** Scrolls to an actor's first mention or a quote and flashes it; false when there is nothing to show. */
  reveal(kind: 'actor' | 'quote', index: number): boolean {
    const annotation = this.annotation;
    if (!annotation || this.state !== 'annotated') return false;
    const pieces = (kind === 'actor' ? annotation.actorElements[index] : annotation.quoteElements[index])?.filter((el) => el.isConnected) ?? [];
    const first = pieces[0];
    if (first) {
      first.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      // An actor flashes at its first mention; a quote in all its pieces.
      const flash = kind === 'actor' ? pieces.filter((el) => el.getAttribute('data-sada-index') === String(index)).slice(0, 1) : pieces;
      for (const el of flash) el.setAttribute('data-sada-flash', '');
      setTimeout(() => {
        for (const el of flash) el.removeAttribute('data-sada-flash');
        this.observer?.takeRecords();
      }, FLASH_MS);
      if (first instanceof HTMLElement && first.tabIndex >= 0) first.focus({ preventScroll: true });
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
