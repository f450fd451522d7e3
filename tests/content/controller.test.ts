// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { ActorResult, Analysis, QuoteResult } from '../../src/core/types';
import { PageController } from '../../src/content/controller';
import type { Mark } from '../../src/content/highlights';
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

/** The marks of the annotation, in text order, as [text, kind, id or speaker, type]. */
function marksOf(controller: PageController): Array<[string, string, string | null, string | null]> {
  const annotation = controller.annotation!;
  const all: Mark[] = [...annotation.quoteMarks.flat(), ...annotation.actorMarks.flat()];
  return all
    .sort((a, b) => a.at - b.at || (a.kind === 'quote' ? -1 : 1))
    .map((m) => {
      const who = m.kind === 'actor' ? annotation.analysis.actors[m.index]!.id : annotation.analysis.quotes[m.index]!.speaker?.id ?? null;
      return [m.range.toString(), m.kind, who, m.type];
    });
}

const actorMarks = (controller: PageController) => marksOf(controller).filter((m) => m[1] === 'actor');
/** What the open card was asked to show (card.html's query string, decoded), or null when it is closed. */
const cardText = (controller: PageController) => {
  const host = document.querySelector<HTMLElement>('[data-sada-host]');
  const frame = controller.card.shadow?.querySelector('iframe');
  if (!host || host.style.display === 'none' || !frame) return null;
  const url = frame.getAttribute('src')!;
  expect(url.split('?')[0]).toMatch(/card\.html$/);
  return [...new URLSearchParams(url.split('?')[1]).entries()].map(([k, v]) => `${k}=${v}`).join(' | ');
};
const markOf = (controller: PageController, id: string) =>
  controller.annotation!.actorMarks[controller.annotation!.analysis.actors.findIndex((a) => a.id === id)]![0]!;

describe('PageController', () => {
  let ext: FakeExtension;
  let controller: PageController | null = null;
  beforeEach(() => {
    ext = installFakeExtension();
    document.documentElement.removeAttribute('data-sada-state');
    document.designMode = 'off';
    document.body.innerHTML = ARTICLE; // test fixture only
  });
  afterEach(() => {
    controller?.dispose();
    controller = null;
    ext.uninstall();
  });

  it('highlights the article as ranges without touching one node of the page, and reports it', async () => {
    const before = document.body.innerHTML;
    const article = document.querySelector('article')!;
    const paragraph = article.querySelector('p')!;
    const firstText = paragraph.firstChild;
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();

    expect(document.documentElement.getAttribute('data-sada-state')).toBe('annotated');
    // Not one node created, split or moved: the page's markup is byte for byte what it was.
    expect(document.body.innerHTML).toBe(before);
    expect(paragraph.firstChild).toBe(firstText);
    expect(actorMarks(controller)).toEqual([
      ['زيلينسكي', 'actor', 'volodymyr-zelensky', 'person'],
      ['روسيا', 'actor', 'russia', 'state'],
      ['فولوديمير زيلينسكي', 'actor', 'volodymyr-zelensky', 'person'],
      ['روسيا', 'actor', 'russia', 'state'],
      ['الكرملين', 'actor', 'kremlin', 'organization'],
    ]);
    // Every range lies inside the article (nothing in the nav or the sidebar).
    const all = [...controller.annotation!.actorMarks.flat(), ...controller.annotation!.quoteMarks.flat()];
    expect(all.every((m) => article.contains(m.range.commonAncestorContainer))).toBe(true);
    // The quote crosses <b>: one range per text node, together the quote's text.
    const quote = controller.annotation!.quoteMarks[0]!;
    expect(quote.map((m) => m.range.toString()).join('')).toBe('روسيا تستهدف محطات الطاقة في كل\n  المدن، ولن نسكت عن ذلك');
    expect(quote.map((m) => m.first)).toEqual([true, false, false]);

    const [report] = reports(ext);
    expect(report).toMatchObject({ state: 'annotated', language: 'ar', conflicts: [{ id: 'russia-ukraine' }] });
    expect(report!.actors.map((a) => [a.id, a.count])).toEqual([['volodymyr-zelensky', 2], ['russia', 2], ['kremlin', 1]]);
    expect(report!.quotes[0]).toMatchObject({ kind: 'direct', speaker: { id: 'volodymyr-zelensky' } });
  });

  it('walks the highlights with the keyboard path, opening each one\'s card: an extension-page frame in a closed shadow root', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    expect(controller.step(1)).toBe(true); // the headline's زيلينسكي
    const host = document.querySelector('[data-sada-host]')!;
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot look inside
    expect(host.textContent).toBe('');
    // Ids and names as printed, the page's conflict: never anything of the reader's memory.
    expect(cardText(controller)).toBe('kind=actor | id=volodymyr-zelensky | name=زيلينسكي | conflict=russia-ukraine');

    // On along the path: روسيا (headline), فولوديمير زيلينسكي, then the quote, which comes before the روسيا inside it.
    controller.step(1);
    controller.step(1);
    expect(cardText(controller)).toContain('name=فولوديمير زيلينسكي');
    controller.step(1);
    expect(cardText(controller)).toBe(
      'kind=quote | speaker=volodymyr-zelensky | speakerName=فولوديمير زيلينسكي | quote=روسيا تستهدف محطات الطاقة في كل المدن، ولن نسكت عن ذلك | kind2=direct | conflict=russia-ukraine',
    );
    controller.step(-1);
    expect(cardText(controller)).toContain('id=volodymyr-zelensky');
    // A page posting the frame's own messages is not heard: only the frame's window is.
    window.postMessage({ sada: 'card-close' }, '*');
    await tick(20);
    expect(cardText(controller)).not.toBeNull();
    controller.hideCard(true);
    expect(cardText(controller)).toBeNull();
  });

  it('opens the card when the pointer rests on a highlight and closes it when the pointer leaves', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    controller.onPointer(markOf(controller, 'kremlin'), false);
    await tick(200);
    expect(cardText(controller)).toContain('الكرملين');
    controller.onPointer(null, true); // over the card: stays
    await tick(300);
    expect(cardText(controller)).toContain('الكرملين');
    controller.onPointer(null, false);
    await tick(300);
    expect(cardText(controller)).toBeNull();
  });

  it('ignores script-fired events: synthetic pointer moves, keys and pageshow open nothing and send nothing', async () => {
    controller = new PageController(document, {
      analyze: fakeAnalyze,
      // Would put every point on the Kremlin's mention, if the event were trusted.
      caretAt: () => ({ node: markOf(controller!, 'kremlin').range.startContainer, offset: markOf(controller!, 'kremlin').range.startOffset }),
    });
    await controller.start();
    const sent = ext.sent.length;
    for (let i = 0; i < 50; i++) {
      document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 10, clientY: 10 }));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    }
    await tick(250);
    expect(cardText(controller)).toBeNull();
    expect(ext.sent.length).toBe(sent);
  });

  it('switches off without reload and on again; the page never held anything of Sada\'s but the state attribute', async () => {
    const before = document.body.innerHTML;
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    controller.step(1); // opens the card host
    const count = controller.annotation!.highlighter.size;

    ext.setStored('settings', { enabled: true, disabledSites: [location.hostname] });
    await until(() => document.documentElement.getAttribute('data-sada-state') === 'off');
    expect(document.querySelector('[data-sada-host]')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(controller.annotation).toBeNull();
    expect(reports(ext).at(-1)!.state).toBe('off');

    ext.setStored('settings', { enabled: true, disabledSites: [] });
    await until(() => document.documentElement.getAttribute('data-sada-state') === 'annotated');
    expect(controller.annotation!.highlighter.size).toBe(count);
    expect(reports(ext).at(-1)!.state).toBe('annotated');
  });

  it('starts switched off on a switched-off site', async () => {
    ext.store.settings = { enabled: false, disabledSites: [] };
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    expect(controller.annotation).toBeNull();
    expect(document.documentElement.getAttribute('data-sada-state')).toBe('off');
  });

  it('answers sada:reveal by flashing the first mention (or the whole quote), and sada:request-report; ignores malformed messages', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    const shownFlash = () => controller!.annotation!.highlighter.shown('sada-flash').map((r) => r.toString());
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'actor', index: 2 })).toEqual({ ok: true });
    expect(shownFlash()).toEqual(['الكرملين']);
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'quote', index: 0 })).toEqual({ ok: true });
    expect(shownFlash().join('')).toBe('روسيا تستهدف محطات الطاقة في كل\n  المدن، ولن نسكت عن ذلك');
    // The keyboard path goes on from what the popup revealed: after the quote comes the روسيا inside it.
    controller.step(1);
    expect(cardText(controller)).toContain('id=russia |');
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'actor', index: 99 })).toEqual({ ok: false });
    // The background asks again for the report it lost (Chromium clears it on history.pushState).
    expect(await ext.deliver({ type: 'sada:request-report' })).toMatchObject({ state: 'annotated', actors: [{ id: 'volodymyr-zelensky' }, {}, {}] });
    expect(await ext.deliver({ type: 'sada:reveal', kind: 'actor', index: -1 })).toBeUndefined();
    expect(await ext.deliver({ type: 'sada:reveal', kind: '<img>', index: 0 })).toBeUndefined();
  });

  it('re-annotates once when the page replaces its article, and never twice', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze, settleMs: 20 });
    await controller.start();
    controller.step(1); // Sada's own card must not count as a change
    await tick(60);
    expect(reports(ext)).toHaveLength(1);

    const article = document.querySelector('article')!;
    const replacement = document.createElement('article');
    replacement.innerHTML = `<h1>الكرملين يرد على تصريحات زيلينسكي الأخيرة</h1><p>قال الكرملين، في بيان صدر اليوم، إن تصريحات زيلينسكي
      لا تعكس الواقع على الأرض، وإن روسيا ماضية في عملياتها العسكرية حتى تحقيق أهدافها كاملة دون تأخير.</p>`;
    article.replaceWith(replacement);
    await until(() => reports(ext).length === 2);
    expect(actorMarks(controller).map((m) => m[2])).toEqual(['kremlin', 'volodymyr-zelensky', 'kremlin', 'volodymyr-zelensky', 'russia']);
    expect(controller.annotation!.actorMarks.flat().every((m) => replacement.contains(m.range.startContainer))).toBe(true);
    await tick(60);
    expect(reports(ext)).toHaveLength(2);
  });

  it('stays correct while the page re-renders its own text (framework-style) and moves its own nodes', async () => {
    controller = new PageController(document, { analyze: fakeAnalyze, settleMs: 20 });
    await controller.start();
    const paragraphs = [...document.querySelectorAll('article p')];
    // The page's own DOM work on nodes Sada highlighted: never throws, since Sada moved none of them.
    const first = paragraphs[0]!;
    const parent = first.parentNode!;
    parent.removeChild(first);
    parent.insertBefore(first, paragraphs[1]!);
    // A re-render: each text node gets new text (as Preact/React do on a state change).
    for (const p of paragraphs) {
      for (const node of [...p.childNodes]) if (node.nodeType === 3) (node as Text).data = (node as Text).data.replace('الكرملين', 'الكرملين الروسي');
    }
    const textNow = document.querySelector('article')!.textContent;
    await until(() => reports(ext).length >= 2);
    expect(document.querySelector('article')!.textContent).toBe(textNow); // new text only, no old text left behind
    // Each range covers exactly its actor's name in the new text.
    for (const [text, , id] of actorMarks(controller)) expect(fakeAnalyze(text).actors[0]?.id).toBe(id);
  });

  it('never reads or paints editable content, on first annotation and when a region becomes editable later', async () => {
    document.querySelector('article')!.insertAdjacentHTML(
      'beforeend',
      '<div contenteditable="plaintext-only"><p>مسودة: الكرملين وروسيا وزيلينسكي في تعليق القارئ.</p></div><div role="textbox"><p>روسيا</p></div>',
    );
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    const inEditor = () =>
      controller!.annotation!.actorMarks.flat().filter((m) => m.range.startContainer.parentElement!.closest('[contenteditable], [role="textbox"]'));
    expect(controller.annotation!.actorMarks.flat().length).toBeGreaterThan(0);
    expect(inEditor()).toEqual([]);
    expect(controller.annotation!.map.text).not.toContain('مسودة');

    // The page turns its article into an editor: the highlights there go at once.
    const live = () => controller!.annotation!.actorMarks.flat().filter((m) => m.range.startContainer.parentElement!.closest('h1'));
    const before = controller.annotation!.highlighter.size;
    document.querySelector('article h1')!.setAttribute('contenteditable', 'true');
    await tick(10);
    expect(controller.annotation!.highlighter.size).toBeLessThan(before);
    expect(live().every((m) => !controller!.annotation!.highlighter.at(m.range.startContainer, m.range.startOffset).includes(m))).toBe(true);
  });

  it('annotates nothing on a page in designMode', async () => {
    document.designMode = 'on';
    controller = new PageController(document, { analyze: fakeAnalyze });
    await controller.start();
    expect(controller.annotation).toBeNull();
    expect(document.documentElement.getAttribute('data-sada-state')).toBeNull();
    document.designMode = 'off';
  });

  it('runs the real analyzer on a live page', async () => {
    controller = new PageController(document, { analyze: (text) => analyze(text) });
    await controller.start();
    const report = reports(ext)[0]!;
    expect(report.state).toBe('annotated');
    expect(report.conflicts.map((c) => c.id)).toContain('russia-ukraine');
    expect(new Set(actorMarks(controller).map((m) => m[2])).has('volodymyr-zelensky')).toBe(true);
  });
});
