// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { ActorResult, Analysis, QuoteResult } from '../../src/core/types';
import { PageController } from '../../src/content/controller';
import { parseMessage, type PageReport } from '../../src/shared/messages';
import { installFakeExtension, type FakeExtension } from './fake-extension';

/**
 * A stand-in analyzer with a fixed vocabulary, so these tests exercise the
 * page side whatever the real analyzer's state: actors by name, «…» quotes
 * attributed to the nearest preceding person.
 */
const VOCABULARY: Array<Omit<ActorResult, 'mentions'> & { names: string[] }> = [
  { id: 'volodymyr-zelensky', type: 'person', name: { ar: 'فولوديمير زيلينسكي', en: 'Volodymyr Zelensky' }, about: { ar: 'رئيس أوكرانيا', en: 'President of Ukraine' }, names: ['فولوديمير زيلينسكي', 'زيلينسكي'] },
  { id: 'russia', type: 'state', name: { ar: 'روسيا', en: 'Russia' }, about: null, names: ['روسيا'] },
  { id: 'kremlin', type: 'organization', name: { ar: 'الكرملين', en: 'Kremlin' }, about: null, names: ['الكرملين'] },
];

function fakeAnalyze(text: string): Analysis {
  const actors: ActorResult[] = [];
  for (const { names, ...actor } of VOCABULARY) {
    const mentions: ActorResult['mentions'] = [];
    const taken: Array<[number, number]> = [];
    for (const name of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        if (taken.some(([s, e]) => at < e && at + name.length > s)) continue;
        taken.push([at, at + name.length]);
        mentions.push({ start: at, end: at + name.length, surface: name });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    if (mentions.length) actors.push({ ...actor, mentions });
  }
  const quotes: QuoteResult[] = [];
  for (const m of text.matchAll(/«([^»]+)»/g)) {
    const start = m.index! + 1;
    const person = actors.find((a) => a.type === 'person' && a.mentions.some((x) => x.end <= start));
    quotes.push({ start, end: start + m[1]!.length, kind: 'direct', speaker: person ? { id: person.id, name: person.name.ar, start: 0, end: 0 } : null });
  }
  const conflict = actors.length > 0;
  return { language: 'ar', conflicts: conflict ? [{ id: 'russia-ukraine', score: 1 }] : [], actors, quotes };
}

const ARTICLE = `<nav><a href="/">الرئيسية</a> <a href="/w">روسيا اليوم</a></nav>
<main><article>
  <h1>زيلينسكي: روسيا تصعّد هجماتها</h1>
  <p>قال الرئيس الأوكراني فولوديمير زيلينسكي، في كلمة مسائية مطولة، إن «روسيا تستهدف محطات <b>الطاقة</b> في كل
  المدن، ولن نسكت عن ذلك» مضيفاً أن الدفاعات الجوية تحتاج إلى دعم عاجل من الحلفاء الغربيين.</p>
  <p>في المقابل، قال الكرملين في بيان إن العمليات مستمرة، وإن المفاوضات غير مطروحة الآن، بحسب وكالات الأنباء.</p>
</article></main>
<aside class="sidebar"><p>الأكثر قراءة: زيلينسكي يلتقي قادة أوروبا في بروكسل لبحث الدعم العسكري والمالي لبلاده.</p></aside>`;

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Waits until `condition` holds (annotation yields to the page between steps, so it takes a few tasks). */
async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await tick(5);
  }
}

function reports(ext: FakeExtension): PageReport[] {
  return ext.sent.map(parseMessage).flatMap((m) => (m?.type === 'sada:page-report' ? [m.report] : []));
}

describe('PageController', () => {
  let ext: FakeExtension;
  let controller: PageController | null = null;
  beforeEach(() => {
    ext = installFakeExtension();
    document.documentElement.removeAttribute('data-sada-state');
    document.body.innerHTML = ARTICLE; // test fixture only
  });
  afterEach(() => {
    controller?.dispose();
    controller = null;
    ext.uninstall();
  });

  it('annotates the article with the attribute contract, reports it, and leaves the text as it was', async () => {
    const article = document.querySelector('article')!;
    const textBefore = article.textContent;
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();

    expect(document.documentElement.getAttribute('data-sada-state')).toBe('annotated');
    expect(article.textContent).toBe(textBefore);
    // Nothing outside the article (nav, sidebar) is highlighted.
    expect(document.querySelector('nav [data-sada], aside [data-sada]')).toBeNull();

    const actors = [...article.querySelectorAll('[data-sada="actor"]')];
    expect(actors.map((a) => [a.textContent, a.getAttribute('data-sada-id'), a.getAttribute('data-sada-type')])).toEqual([
      ['زيلينسكي', 'volodymyr-zelensky', 'person'],
      ['روسيا', 'russia', 'state'],
      ['فولوديمير زيلينسكي', 'volodymyr-zelensky', 'person'],
      ['روسيا', 'russia', 'state'],
      ['الكرملين', 'kremlin', 'organization'],
    ]);
    expect(actors.every((a) => a.getAttribute('tabindex') === '0' && a.getAttribute('aria-label'))).toBe(true);

    const quotePieces = [...article.querySelectorAll('[data-sada="quote"]')];
    expect(quotePieces.map((q) => q.textContent).join('')).toBe('روسيا تستهدف محطات الطاقة في كل\n  المدن، ولن نسكت عن ذلك');
    expect(quotePieces.every((q) => q.getAttribute('data-sada-speaker') === 'volodymyr-zelensky')).toBe(true);
    // The actor named inside the quote nests in it.
    expect(actors[3]!.parentElement!.getAttribute('data-sada')).toBe('quote');

    const [report] = reports(ext);
    expect(report).toMatchObject({ state: 'annotated', language: 'ar', conflicts: [{ id: 'russia-ukraine' }] });
    expect(report!.actors.map((a) => [a.id, a.count])).toEqual([['volodymyr-zelensky', 2], ['russia', 2], ['kremlin', 1]]);
    expect(report!.quotes[0]).toMatchObject({ kind: 'direct', speaker: { id: 'volodymyr-zelensky' } });
  });

  it('opens the hover card on keyboard focus, with name, type, role and the actor\'s quote; Escape closes it', async () => {
    const asked: string[] = [];
    const fetchEarlier = async (actorId: string) => {
      asked.push(actorId);
      return [{ text: 'لن نتنازل عن أي شبر من أرضنا', source: 'وكالة الأنباء', date: '2023-02-24', url: null }];
    };
    controller = new PageController(document, { analyze: fakeAnalyze, fetchEarlier });
    await controller.start();
    const mention = document.querySelector<HTMLElement>('[data-sada-id="volodymyr-zelensky"]')!;
    mention.focus();
    const host = document.querySelector('[data-sada-host]')!;
    expect(host.parentElement).toBe(document.body);
    expect(host.nextElementSibling).toBeNull();
    const dialog = host.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('فولوديمير زيلينسكي');
    expect(dialog.textContent).toContain('Volodymyr Zelensky');
    expect(dialog.textContent).toContain('شخص');
    expect(dialog.textContent).toContain('رئيس أوكرانيا');
    expect(dialog.textContent).toContain('روسيا تستهدف محطات الطاقة');
    await tick(80); // Preact runs effects after the next frame
    expect(asked).toEqual(['volodymyr-zelensky']);
    expect(dialog.textContent).toContain('تصريحات سابقة');
    expect(dialog.textContent).toContain('لن نتنازل عن أي شبر من أرضنا');
    expect(dialog.textContent).toContain('2023-02-24');

    mention.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(mention);

    const quote = document.querySelector<HTMLElement>('[data-sada="quote"][tabindex="0"]')!;
    quote.focus();
    const quoteCard = host.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(quoteCard.getAttribute('data-kind')).toBe('quote');
    expect(quoteCard.textContent).toContain('فولوديمير زيلينسكي');
    expect(quoteCard.textContent).toContain('ولن نسكت عن ذلك');
  });

  it('opens the card on hover and closes it on Escape for good (the pointer still over the highlight)', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    const mention = document.querySelector<HTMLElement>('[data-sada-id="kremlin"]')!;
    mention.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await tick(200);
    const host = document.querySelector('[data-sada-host]')!;
    expect(host.shadowRoot!.querySelector('[role="dialog"]')?.textContent).toContain('الكرملين');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick(300);
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).not.toBe(mention);
  });

  it('switches off without reload (page back to its exact DOM) and on again', async () => {
    const before = document.body.innerHTML;
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    document.querySelector<HTMLElement>('[data-sada="actor"]')!.focus(); // opens the card host
    const count = document.querySelectorAll('[data-sada]').length;

    ext.setStored('settings', { enabled: true, disabledSites: [location.hostname] });
    await until(() => document.documentElement.getAttribute('data-sada-state') === 'off');
    expect(document.querySelector('[data-sada], [data-sada-host]')).toBeNull();
    expect(document.documentElement.getAttribute('data-sada-state')).toBe('off');
    expect(document.body.innerHTML).toBe(before);
    expect(reports(ext).at(-1)!.state).toBe('off');

    ext.setStored('settings', { enabled: true, disabledSites: [] });
    await until(() => document.documentElement.getAttribute('data-sada-state') === 'annotated');
    expect(document.querySelectorAll('[data-sada]').length).toBe(count);
    expect(reports(ext).at(-1)!.state).toBe('annotated');
  });

  it('starts switched off on a switched-off site', async () => {
    ext.store.settings = { enabled: false, disabledSites: [] };
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    expect(document.querySelector('[data-sada]')).toBeNull();
    expect(document.documentElement.getAttribute('data-sada-state')).toBe('off');
  });

  it('answers sada:reveal by focusing and flashing the first mention, and sada:request-report; ignores malformed messages', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'actor', index: 2 })).toEqual({ ok: true });
    const kremlin = document.querySelector('[data-sada-id="kremlin"]')!;
    expect(kremlin.hasAttribute('data-sada-flash')).toBe(true);
    expect(document.activeElement).toBe(kremlin);
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'quote', index: 0 })).toEqual({ ok: true });
    expect([...document.querySelectorAll('[data-sada="quote"]')].every((q) => q.hasAttribute('data-sada-flash'))).toBe(true);
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'actor', index: 99 })).toEqual({ ok: false });
    // The background asks again for the report it lost (Chromium clears it on history.pushState).
    expect(await ext.deliver({ type: 'sada:request-report' })).toMatchObject({ state: 'annotated', actors: [{ id: 'volodymyr-zelensky' }, {}, {}] });
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'actor', index: -1 })).toBeUndefined();
    expect(await ext.deliver({ type: 'sada:reveal', kind: '<img>', index: 0 })).toBeUndefined();
  });

  it('re-annotates once when the page replaces its article, and never twice', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze, settleMs: 20 });
    await controller.start();
    document.querySelector<HTMLElement>('[data-sada="actor"]')!.focus(); // Sada's own card must not count as a change
    await tick(60);
    expect(reports(ext)).toHaveLength(1);

    const article = document.querySelector('article')!;
    const replacement = document.createElement('article');
    replacement.innerHTML = `<h1>الكرملين يرد على تصريحات زيلينسكي الأخيرة</h1><p>قال الكرملين، في بيان صدر اليوم، إن تصريحات زيلينسكي
      لا تعكس الواقع على الأرض، وإن روسيا ماضية في عملياتها العسكرية حتى تحقيق أهدافها كاملة دون تأخير.</p>`;
    article.replaceWith(replacement);
    await until(() => reports(ext).length === 2 && replacement.querySelector('[data-sada]') !== null);
    const ids = [...replacement.querySelectorAll('[data-sada="actor"]')].map((a) => a.getAttribute('data-sada-id'));
    expect(ids).toEqual(['kremlin', 'volodymyr-zelensky', 'kremlin', 'volodymyr-zelensky', 'russia']);
    // No highlight inside a highlight of the same kind: annotated once.
    expect(document.querySelector('[data-sada="actor"] [data-sada="actor"], [data-sada="quote"] [data-sada="quote"]')).toBeNull();
    await tick(60);
    expect(reports(ext)).toHaveLength(2);
  });

  it('runs the real analyzer on a live page', async () => {
    controller = new PageController(document, { analyze: (text) => analyze(text) });
    await controller.start();
    const report = reports(ext)[0]!;
    expect(report.state).toBe('annotated');
    expect(report.conflicts.map((c) => c.id)).toContain('russia-ukraine');
    const ids = new Set([...document.querySelectorAll('[data-sada="actor"]')].map((a) => a.getAttribute('data-sada-id')));
    expect(ids.has('volodymyr-zelensky')).toBe(true);
  });
});
