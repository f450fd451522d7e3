// Functions that run inside the test pages (serialised by the drivers, so
// each is self-contained: no imports, no closures over test code).

export interface HighlightSummary {
  state: string | null;
  actors: number;
  quotes: number;
  /** Highlights that break the contract (collapsed, across text nodes, unknown name). */
  malformed: string[];
  /** Highlights outside the main article, by region. */
  outsideArticle: string[];
  /** Highlight names in the registry, with their sizes. */
  names: Record<string, number>;
}

/**
 * Sada's highlights as the page sees them: ranges in the CSS highlight
 * registry under `sada-actor-<type>` and `sada-quote` (README, "The DOM contract").
 */
export function summarizeHighlights(): HighlightSummary {
  const TYPES = ['person', 'state', 'organization', 'group', 'media'];
  const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
  const summary: HighlightSummary = {
    state: document.documentElement.getAttribute('data-sada-state'),
    actors: 0,
    quotes: 0,
    malformed: [],
    outsideArticle: [],
    names: {},
  };
  registry.forEach((highlight, name) => {
    if (!name.startsWith('sada-')) return;
    summary.names[name] = highlight.size;
    const kind = name === 'sada-quote' ? 'quote' : name.startsWith('sada-actor-') ? 'actor' : null;
    if (!kind) return; // the flash and the keyboard's current mark
    if (kind === 'actor' && !TYPES.includes(name.slice('sada-actor-'.length))) summary.malformed.push(`unknown highlight ${name}`);
    highlight.forEach((range) => {
      const text = range instanceof Range ? range.toString() : '';
      if (range.collapsed || range.startContainer !== range.endContainer || range.startContainer.nodeType !== 3) {
        summary.malformed.push(`${name}: ${text.slice(0, 40)}`);
      }
      const region = range.startContainer.parentElement?.closest('[data-test-region]')?.getAttribute('data-test-region') ?? 'none';
      if (region !== 'article') summary.outsideArticle.push(`${kind} in ${region}: ${text.slice(0, 40)}`);
      if (kind === 'actor') summary.actors++;
      else summary.quotes++;
    });
  });
  return summary;
}

/**
 * The viewport point at the middle of the first visible range of a highlight
 * (scrolled into view), optionally the first whose text includes `withText`; null when there is none.
 */
export function highlightPoint(query: { name: string; withText?: string }): { x: number; y: number; text: string } | null {
  const { name, withText } = query;
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const range of registry.get(name) ?? []) {
    const element = range.startContainer.parentElement;
    if (!element || (withText && !range.toString().includes(withText))) continue;
    element.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    if (rect && rect.width > 0) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
  }
  return null;
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
 * Whether a Sada hover card is showing. Its host's shadow root is closed, so
 * from the page only the host can be seen: rendered, not display:none, with a size.
 */
export function hoverCardVisible(): boolean {
  return Array.from(document.querySelectorAll('[data-sada-host]')).some((host) => {
    const box = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
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
