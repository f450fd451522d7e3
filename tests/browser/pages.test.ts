// The real-page suite in the browsers (Chromium, Firefox): each page the
// suite expects annotated is annotated, with marks, and none in the parts
// that must carry no mark (bylines, teaser lists, captions, comments,
// footers); the pages whose gate passes but that hold no article (a home
// page, a section front) stay untouched. The jsdom half (tests/pages)
// checks every page, faster. Run `node build.mjs` first.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectations, type PageExpectation } from '../pages/suite-pages';
import { launchChromium } from './support/chromium';
import type { ExtensionBrowser, TestPage } from './support/driver';
import { sleep } from './support/driver';
import { launchFirefox } from './support/firefox';
import { stateIs } from './support/page-probes';
import { startPagesSite } from './support/pages-site';
import type { TestSite } from './support/site';

const annotated = expectations.filter((e) => e.expected === 'annotate');
/** Left alone although the gate passes: only the article finder (in the page) can leave these alone. */
const noArticle = expectations.filter((e) => e.expected === 'leave' && e.gate === 'pass');

interface MarkProbe {
  state: string | null;
  marks: number;
  /** noMarks snippets (of those given) that carry a mark. */
  marked: string[];
  /** noMarks snippets not found on the page (the check would prove nothing). */
  missing: string[];
  /** Any trace of Sada on the page: data-sada* attributes or registered highlights. */
  traces: number;
}

/** Runs in the page: Sada's marks (wrapped elements or CSS highlights) and whether any falls in a part named by its text. */
function probeMarks(snippets: string[]): MarkProbe {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const ranges: Range[] = [];
  for (const el of Array.from(document.querySelectorAll('[data-sada="actor"], [data-sada="quote"]'))) {
    const range = document.createRange();
    range.selectNodeContents(el);
    ranges.push(range);
  }
  const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<AbstractRange>> } }).CSS?.highlights;
  let highlights = 0;
  if (registry) {
    for (const [name, highlight] of registry) {
      if (!name.startsWith('sada')) continue;
      for (const r of highlight) {
        highlights++;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        ranges.push(range);
      }
    }
  }
  /** The smallest element whose text holds the snippet. */
  const holder = (snippet: string): Element | null => {
    let found: Element | null = null;
    const walk = (el: Element) => {
      if (!squash(el.textContent ?? '').includes(snippet)) return;
      found = el;
      for (const child of Array.from(el.children)) walk(child);
    };
    walk(document.body);
    return found;
  };
  const missing = snippets.filter((snippet) => holder(squash(snippet)) === null);
  const marked = snippets.filter((snippet) => {
    const part = holder(squash(snippet));
    return part !== null && ranges.some((range) => range.intersectsNode(part));
  });
  const attributes = Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('data-sada')));
  return { state: document.documentElement.getAttribute('data-sada-state'), marks: ranges.length, marked, missing, traces: attributes.length + highlights };
}

function defineRealPages(name: string, launch: () => Promise<ExtensionBrowser>): void {
  describe(`${name}: the real-page suite`, () => {
    let site: TestSite;
    let ext: ExtensionBrowser;
    beforeAll(async () => {
      site = await startPagesSite();
      ext = await launch();
    });
    afterAll(async () => {
      await ext?.close();
      await site?.close();
    });
    const open = (e: PageExpectation): Promise<TestPage> => ext.open(site.url(`/${e.source}/${e.page}`));

    test.each(annotated.map((e) => [e.page, e] as const))('%s is annotated, with no mark where none belongs', async (page, e) => {
      const tab = await open(e);
      await tab.waitFor(stateIs, 'annotated', 30_000);
      const probe = await tab.evaluate(probeMarks, e.noMarks);
      expect(probe.marks).toBeGreaterThan(0);
      expect(probe.missing).toEqual([]);
      expect(probe.marked).toEqual([]);
      // The highlights are painted: the view with a highlight registered differs from the view without it.
      const name = await tab.evaluate(() => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
        const entry = [...(registry ?? new Map<string, Set<AbstractRange>>())].find(([key, h]) => key.startsWith('sada-') && h.size > 0);
        const first = entry?.[1].values().next().value;
        first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        return entry?.[0] ?? null;
      });
      if (name) {
        const slug = page.replace(/\.html$/, '');
        const painted = readFileSync(await tab.screenshot(`page-${slug}`));
        await tab.evaluate((key) => {
          const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
          (globalThis as { __sadaHidden?: unknown }).__sadaHidden = registry.get(key);
          registry.delete(key);
        }, name);
        const unpainted = readFileSync(await tab.screenshot(`page-${slug}-without-${name}`));
        await tab.evaluate((key) => void (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set(key, (globalThis as { __sadaHidden?: unknown }).__sadaHidden), name);
        expect(painted.equals(unpainted)).toBe(false);
      }
      await tab.close();
    });

    test.each(noArticle.map((e) => [e.page, e] as const))('%s (no article) is left untouched', async (_page, e) => {
      const tab = await open(e);
      await sleep(2_500); // the gate passed: the analyzer is injected, finds no article and must leave no trace
      const probe = await tab.evaluate(probeMarks, []);
      expect(probe.state).toBeNull();
      expect(probe.traces).toBe(0);
      await tab.close();
    });
  });
}

defineRealPages('chromium', () => launchChromium());
defineRealPages('firefox', () => launchFirefox());
