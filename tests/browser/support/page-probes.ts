// Functions that run inside the test pages (serialised by the drivers, so
// each is self-contained: no imports, no closures over test code).

export interface HighlightSummary {
  state: string | null;
  actors: number;
  quotes: number;
  /** Highlights that break the DOM contract (missing or bad attributes). */
  malformed: string[];
  /** Highlights outside the main article, by region. */
  outsideArticle: string[];
  actorIds: string[];
  speakers: string[];
}

export function summarizeHighlights(): HighlightSummary {
  const TYPES = ['person', 'state', 'organization', 'group', 'media'];
  const marks = Array.from(document.querySelectorAll<HTMLElement>('[data-sada]'));
  const summary: HighlightSummary = {
    state: document.documentElement.getAttribute('data-sada-state'),
    actors: 0,
    quotes: 0,
    malformed: [],
    outsideArticle: [],
    actorIds: [],
    speakers: [],
  };
  for (const mark of marks) {
    const kind = mark.getAttribute('data-sada');
    const region = mark.closest('[data-test-region]')?.getAttribute('data-test-region') ?? 'none';
    if (kind !== 'actor' && kind !== 'quote') continue; // other Sada nodes (hosts, cards) are not highlights
    if (region !== 'article') summary.outsideArticle.push(`${kind} in ${region}: ${mark.textContent?.slice(0, 40)}`);
    if (kind === 'actor') {
      summary.actors++;
      const id = mark.getAttribute('data-sada-id');
      const type = mark.getAttribute('data-sada-type');
      if (id === null || !TYPES.includes(type ?? '')) summary.malformed.push(`actor id=${id} type=${type}`);
      if (id) summary.actorIds.push(id);
    } else {
      summary.quotes++;
      const speaker = mark.getAttribute('data-sada-speaker');
      if (speaker === null) summary.malformed.push(`quote without data-sada-speaker: ${mark.textContent?.slice(0, 40)}`);
      else if (speaker) summary.speakers.push(speaker);
    }
  }
  summary.actorIds = [...new Set(summary.actorIds)].sort();
  summary.speakers = [...new Set(summary.speakers)].sort();
  return summary;
}

/** Every data-sada* attribute on the page and every mutation the page did not make itself. */
export function traces(): { attributes: string[]; mutations: string[] } {
  const attributes: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name.startsWith('data-sada')) attributes.push(`${element.nodeName}@${attribute.name}=${attribute.value}`);
    }
  }
  const test = (window as unknown as { __sadaTest?: { mutations: string[] } }).__sadaTest;
  return { attributes, mutations: test ? test.mutations.slice() : ['recorder missing'] };
}

export function articleTexts(): { before: string | null; now: string | null } {
  const test = (window as unknown as { __sadaTest?: { articleText: string | null } }).__sadaTest;
  const article = document.querySelector('[data-test-region="article"]');
  return { before: test?.articleText ?? null, now: article ? article.textContent : null };
}

export const stateIs = (state: string) => document.documentElement.getAttribute('data-sada-state') === state;

/**
 * Whether a Sada hover card is showing: an element Sada added (data-sada-host,
 * data-sada-card, or inside a Sada shadow root) with role tooltip/dialog that
 * is rendered and not hidden.
 */
export function hoverCardVisible(): boolean {
  const candidates: Element[] = [];
  for (const host of Array.from(document.querySelectorAll('[data-sada-host], [data-sada-card], [data-sada="card"]'))) {
    candidates.push(host);
    const root = (host as HTMLElement).shadowRoot;
    if (root) candidates.push(...Array.from(root.querySelectorAll('[role="tooltip"], [role="dialog"], [data-sada-card]')));
  }
  return candidates.some((element) => {
    const role = element.getAttribute('role');
    if (role !== 'tooltip' && role !== 'dialog' && !element.hasAttribute('data-sada-card')) return false;
    if (element.closest('[hidden]') || element.getAttribute('aria-hidden') === 'true') return false;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  });
}

/** Calls the extension API from an extension page (`browser` in Firefox, `chrome` in Chromium). */
export async function extensionCall(request: { op: string; url?: string; tabId?: number; settings?: unknown }): Promise<unknown> {
  const scope = globalThis as unknown as { browser?: any; chrome?: any };
  const api = scope.browser?.tabs ? scope.browser : scope.chrome;
  switch (request.op) {
    case 'tabId': {
      const tabs: Array<{ id: number; url?: string }> = await api.tabs.query({});
      return tabs.find((tab) => tab.url === request.url)?.id ?? null;
    }
    case 'setSettings':
      await api.storage.sync.set({ settings: request.settings });
      return true;
    case 'report':
      return api.runtime.sendMessage({ type: 'sada:get-report', tabId: request.tabId });
    case 'badge':
      return api.action.getBadgeText({ tabId: request.tabId });
    case 'commands':
      return api.commands.getAll();
    default:
      throw new Error(`unknown op ${request.op}`);
  }
}
