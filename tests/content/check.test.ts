// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runContentCheck } from '../../src/content/check-flow';
import { LEFT_ALONE_KEY, RECHECK_KEY, SITE_ON_KEY, type LeftAloneScope, type RecheckScope, type SiteOnScope } from '../../src/content/recheck-scope';
import { arabicScriptShare, checkPage, hasArabicShare, namesConflict, PROSE_BUDGET, samplePage } from '../../src/content/page-check';
import { parseMessage } from '../../src/shared/messages';
import { installFakeExtension, type FakeExtension } from './fake-extension';

const ENGLISH = `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main><h1>Markets rally as inflation cools</h1>
  <p>Stocks rose on Tuesday after new figures showed that inflation in the United States had cooled more than expected in October.</p>
  <p>Investors now expect the central bank to hold interest rates steady at its next meeting, analysts said in notes to clients.</p></main>`;

const ARABIC_CONFLICT = `<main><h1>زيلينسكي يطالب بمزيد من الدعم العسكري</h1>
  <p>قال الرئيس الأوكراني فولوديمير زيلينسكي، اليوم الثلاثاء، إن بلاده تحتاج إلى مزيد من أنظمة الدفاع الجوي لصد الهجمات الروسية على المدن.</p>
  <p>وأضاف في كلمته المسائية أن القوات الأوكرانية تواصل صد الهجمات في شرق البلاد، وأن الوضع على الجبهة صعب لكنه تحت السيطرة.</p></main>`;

const ARABIC_OTHER = `<main><h1>ارتفاع أسعار الذهب في الأسواق المحلية</h1>
  <p>ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم الثلاثاء، وسط إقبال متزايد من المواطنين على الشراء قبل موسم الأعياد.</p>
  <p>وقال تجار إن الطلب على المشغولات الذهبية زاد بنسبة كبيرة مقارنة بالأسبوع الماضي، في ظل توقعات باستمرار الارتفاع.</p></main>`;

/** Records observers and listeners that the check creates, to prove none is left behind. */
function watchSideEffects() {
  const observers: Array<{ observing: boolean }> = [];
  const Native = globalThis.MutationObserver;
  class Watched extends Native {
    state = { observing: false };
    constructor(cb: MutationCallback) {
      super(cb);
      observers.push(this.state);
    }
    override observe(target: Node, options?: MutationObserverInit) {
      this.state.observing = true;
      super.observe(target, options);
    }
    override disconnect() {
      this.state.observing = false;
      super.disconnect();
    }
  }
  globalThis.MutationObserver = Watched;
  // Only listeners added by Sada's code count (jsdom adds its own internally).
  const sadaListeners: string[] = [];
  const nativeAdd = EventTarget.prototype.addEventListener;
  const addListener = vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
    this: EventTarget,
    ...args: Parameters<EventTarget['addEventListener']>
  ) {
    // The direct caller (the frame under this mock) decides whose listener it is.
    const caller = (new Error().stack ?? '').split('\n').slice(2).find((line) => !line.includes('node_modules/@vitest')) ?? '';
    if (/src[\\/](content|shared)[\\/]/.test(caller)) sadaListeners.push(args[0]);
    return nativeAdd.apply(this, args);
  });
  return {
    observers,
    sadaListeners,
    restore() {
      globalThis.MutationObserver = Native;
      addListener.mockRestore();
    },
  };
}

describe('content check', () => {
  let ext: FakeExtension;
  beforeEach(() => {
    ext = installFakeExtension();
    document.documentElement.removeAttribute('data-sada-state');
  });
  afterEach(() => ext.uninstall());

  /** Why the check left the page alone, as the background reads it when the popup asks. */
  const leftAlone = () => (globalThis as LeftAloneScope)[LEFT_ALONE_KEY];
  const storageReads = () => vi.spyOn((globalThis as any).chrome.storage.sync, 'get');

  it('leaves a non-Arabic page exactly as it was: no node, attribute, listener, observer, storage read or message', async () => {
    document.title = 'Markets rally';
    document.body.innerHTML = ENGLISH; // test fixture only
    const before = document.documentElement.outerHTML;
    const reads = storageReads();
    const effects = watchSideEffects();
    try {
      const result = await runContentCheck(document);
      expect(result.verdict).toBe('not-arabic');
      expect(document.documentElement.outerHTML).toBe(before);
      expect(effects.sadaListeners).toEqual([]);
      expect(effects.observers.every((o) => !o.observing)).toBe(true);
    } finally {
      effects.restore();
    }
    expect(ext.storageListeners.size).toBe(0);
    expect(ext.messageListeners.size).toBe(0);
    expect(ext.sent).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
    // The verdict waits in the isolated world, a valid report for the popup.
    const message = parseMessage({ type: 'sada:page-report', report: leftAlone() });
    expect(message?.type === 'sada:page-report' && message.report.state).toBe('not-arabic');
    expect(message?.type === 'sada:page-report' && message.report.language).toBe('en');
  });

  it('leaves an Arabic page about something else alone and says why', async () => {
    document.title = 'الذهب';
    document.body.innerHTML = ARABIC_OTHER;
    const before = document.documentElement.outerHTML;
    const reads = storageReads();
    const result = await runContentCheck(document);
    expect(result.verdict).toBe('not-conflict');
    expect(document.documentElement.outerHTML).toBe(before);
    expect(ext.sent).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
    expect(leftAlone()).toMatchObject({ state: 'not-conflict' });
  });

  it('does not pass a page on conflict names in its ticker, sidebar, teaser links, comments or footer alone', async () => {
    // A cooking story on a portal whose chrome is full of conflict headlines (text written for this test).
    document.title = 'طريقة تحضير المقلوبة في البيت';
    document.body.innerHTML = `
      <div class="news-ticker"><span>عاجل: الحوثيون يعلنون استهداف سفينة في البحر الأحمر</span></div>
      <nav><a href="/1">أخبار غزة</a> <a href="/2">السودان</a></nav>
      <main><article><h1>طريقة تحضير المقلوبة في البيت</h1>
        <p>تحتاج المقلوبة إلى الأرز والباذنجان والقرنبيط واللحم، وتطهى في قدر واسع ثم تقلب في صينية كبيرة أمام الضيوف.</p>
        <p>ينصح الطهاة بقلي الخضار قبل وضعها في القدر، وبترك الأرز ينقع نصف ساعة حتى ينضج بالتساوي دون أن يلتصق.</p>
        <ul class="read-more"><li><a href="/3">نتنياهو يرفض مقترح الوسطاء لوقف إطلاق النار في غزة</a></li></ul>
      </article></main>
      <aside class="sidebar"><p>قصف مدفعي على أطراف الفاشر في شمال دارفور يوقع قتلى بين المدنيين</p></aside>
      <section class="comments"><p>أين العالم مما يحدث في غزة ورفح منذ شهور طويلة؟</p></section>
      <footer><p>تغطية شاملة لأخبار اليمن وسوريا وأوكرانيا على مدار الساعة</p></footer>`;
    expect((await runContentCheck(document)).verdict).toBe('not-conflict');
    // One paragraph of the story naming a conflict, with a title that names it too, is enough.
    document.title = 'مطبخ غزة: المقلوبة في زمن الحرب';
    document.querySelector('article p')!.textContent = 'في غزة صارت المقلوبة طبقا نادرا بعد أن شح الأرز واللحم في الأسواق منذ بداية الحرب.';
    expect((await runContentCheck(document)).verdict).toBe('pass');
  });

  it('asks for the analyzer on an Arabic conflict page, without touching the page', async () => {
    document.title = 'زيلينسكي';
    document.body.innerHTML = ARABIC_CONFLICT;
    const before = document.documentElement.outerHTML;
    expect((await runContentCheck(document)).verdict).toBe('pass');
    expect(ext.sent).toEqual([{ type: 'sada:check-passed' }]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('on a switched-off site marks the page off, and asks for the analyzer once switched on', async () => {
    ext.store.settings = { enabled: true, disabledSites: [location.hostname] };
    document.title = 'زيلينسكي';
    document.body.innerHTML = ARABIC_CONFLICT;
    await runContentCheck(document);
    expect(document.documentElement.getAttribute('data-sada-state')).toBe('off');
    expect(parseMessage(ext.sent[0])).toMatchObject({ type: 'sada:page-report', report: { state: 'off' } });
    expect(ext.storageListeners.size).toBe(1);
    ext.setStored('settings', { enabled: true, disabledSites: [] });
    expect(ext.sent[1]).toEqual({ type: 'sada:check-passed' });
    expect(ext.storageListeners.size).toBe(0);
  });

  it("takes the background's answer to the probe for the site switch, once, and reads the settings when there is none or it is not a boolean", async () => {
    const scope = globalThis as SiteOnScope;
    const reads = storageReads();
    document.title = 'زيلينسكي';
    document.body.innerHTML = ARABIC_CONFLICT;
    scope[SITE_ON_KEY] = Promise.resolve(true);
    expect((await runContentCheck(document)).verdict).toBe('pass');
    expect(ext.sent).toEqual([{ type: 'sada:check-passed' }]);
    expect(reads).not.toHaveBeenCalled();
    expect(scope[SITE_ON_KEY]).toBeUndefined();
    // Switched off, in the background's answer: the page says so without a storage read.
    scope[SITE_ON_KEY] = Promise.resolve(false);
    await runContentCheck(document);
    expect(document.documentElement.getAttribute('data-sada-state')).toBe('off');
    expect(reads).not.toHaveBeenCalled();
    document.documentElement.removeAttribute('data-sada-state');
    ext.setStored('settings', { enabled: true, disabledSites: [] });
    // A malformed answer, or none (a later check of the same document), is no answer.
    for (const answer of [Promise.resolve('yes'), undefined]) {
      scope[SITE_ON_KEY] = answer;
      ext.sent.length = 0;
      expect((await runContentCheck(document)).verdict).toBe('pass');
      expect(ext.sent).toEqual([{ type: 'sada:check-passed' }]);
    }
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('waits a bounded time for a page whose article arrives late, then disconnects', async () => {
    vi.useFakeTimers();
    const effects = watchSideEffects();
    try {
      document.title = '';
      document.body.innerHTML = '<div id="app">جار التحميل…</div>';
      const done = runContentCheck(document);
      await vi.advanceTimersByTimeAsync(1000);
      expect(effects.observers.some((o) => o.observing)).toBe(true);
      document.getElementById('app')!.innerHTML = ARABIC_CONFLICT;
      await vi.advanceTimersByTimeAsync(1000);
      expect((await done).verdict).toBe('pass');
      expect(effects.observers.every((o) => !o.observing)).toBe(true);

      // A page that never gets text: judged after the time limit, observer gone.
      document.body.innerHTML = '<div>…</div>';
      const never = runContentCheck(document);
      await vi.advanceTimersByTimeAsync(10_500);
      expect((await never).verdict).not.toBe('pass');
      expect(effects.observers.every((o) => !o.observing)).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      effects.restore();
      vi.useRealTimers();
    }
  });

  it('after a same-document navigation, waits for the new page to render, checks it, and leaves nothing running', async () => {
    vi.useFakeTimers();
    const effects = watchSideEffects();
    try {
      document.title = 'الذهب';
      document.body.innerHTML = ARABIC_OTHER;
      history.pushState({}, '', '/story-2');
      const done = runContentCheck(document, { afterNavigation: true });
      // The router renders the new story a little after the URL changed.
      await vi.advanceTimersByTimeAsync(300);
      expect(effects.observers.some((o) => o.observing)).toBe(true);
      document.body.innerHTML = ARABIC_CONFLICT;
      document.title = 'زيلينسكي';
      await vi.advanceTimersByTimeAsync(2000);
      expect((await done).verdict).toBe('pass');
      expect(ext.sent).toEqual([{ type: 'sada:check-passed' }]);
      expect(effects.observers.every((o) => !o.observing)).toBe(true);
      expect(effects.sadaListeners).toEqual([]);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      effects.restore();
      vi.useRealTimers();
      history.pushState({}, '', '/');
    }
  });

  it('content-check.js hands an Arabic-script page to content-main.js, whose check leaves a re-check function (no listener) on a page it left alone', async () => {
    const scope = globalThis as unknown as RecheckScope & { __sadaCheckStarted?: boolean };
    const main = globalThis as unknown as { __sadaMain?: { dispose(): void } };
    delete scope.__sadaCheckStarted;
    document.title = 'الذهب';
    document.body.innerHTML = ARABIC_OTHER;
    const effects = watchSideEffects();
    try {
      vi.resetModules();
      await import('../../src/content/check');
      // The first stage only sees the Arabic script: it asks for the second stage and leaves nothing.
      await vi.waitFor(() => expect(ext.sent).toEqual([{ type: 'sada:probe-arabic' }]));
      expect(scope[RECHECK_KEY]).toBeUndefined();
      // The background injects content-main.js.
      await import('../../src/content/main');
      await vi.waitFor(() => expect(scope[RECHECK_KEY]).toBeTypeOf('function'));
      expect(ext.sent).toHaveLength(1);
      expect(leftAlone()).toMatchObject({ state: 'not-conflict' });
      scope[RECHECK_KEY]!(); // same URL: nothing to do
      expect(ext.sent).toHaveLength(1);
      expect(effects.observers.every((o) => !o.observing)).toBe(true);
      expect(effects.sadaListeners).toEqual([]);

      history.pushState({}, '', '/story-2');
      document.body.innerHTML = ARABIC_CONFLICT;
      document.title = 'زيلينسكي';
      scope[RECHECK_KEY]!();
      expect(scope[RECHECK_KEY]).toBeUndefined();
      await vi.waitFor(() => expect(ext.sent[1]).toEqual({ type: 'sada:check-passed' }), { timeout: 3000 });
      expect(leftAlone()).toBeUndefined();
      // It passed: the same script annotates the page, with no further injection (it asks the
      // background for the analysis: this stand-in gives none, so the page reports an error).
      expect(main.__sadaMain).toBeDefined();
      await vi.waitFor(() => expect(ext.sent).toContainEqual(expect.objectContaining({ type: 'sada:page-report', report: expect.objectContaining({ state: 'error' }) })), { timeout: 3000 });
      expect(ext.sent).toContainEqual(expect.objectContaining({ type: 'sada:analyze' }));
    } finally {
      main.__sadaMain?.dispose();
      delete main.__sadaMain;
      effects.restore();
      delete scope[RECHECK_KEY];
      delete scope.__sadaCheckStarted;
      history.pushState({}, '', '/');
    }
  });

  it('content-check.js leaves an English page to a re-check function of its own, which probes the next page and hands it over if Arabic', async () => {
    const scope = globalThis as unknown as RecheckScope & { __sadaCheckStarted?: boolean };
    delete scope.__sadaCheckStarted;
    document.title = 'Markets rally';
    document.body.innerHTML = ENGLISH;
    const effects = watchSideEffects();
    try {
      vi.resetModules();
      await import('../../src/content/check');
      await vi.waitFor(() => expect(scope[RECHECK_KEY]).toBeTypeOf('function'));
      expect(ext.sent).toEqual([]);
      expect(leftAlone()).toMatchObject({ state: 'not-arabic', language: null });
      expect(effects.observers.every((o) => !o.observing)).toBe(true);
      expect(effects.sadaListeners).toEqual([]);
      history.pushState({}, '', '/story-3');
      document.body.innerHTML = ARABIC_CONFLICT;
      document.title = 'زيلينسكي';
      scope[RECHECK_KEY]!();
      await vi.waitFor(() => expect(ext.sent).toEqual([{ type: 'sada:probe-arabic' }]), { timeout: 3000 });
      expect(leftAlone()).toBeUndefined();
    } finally {
      effects.restore();
      delete scope[RECHECK_KEY];
      delete scope.__sadaCheckStarted;
      history.pushState({}, '', '/');
    }
  });

  it('reads a bounded sample: a huge body gives the same sample as a small one', () => {
    document.title = 'x';
    const big = '<p>' + 'هذا نص عربي طويل عن الاقتصاد والأسواق والتجارة في المنطقة. '.repeat(20) + '</p>';
    document.body.innerHTML = ARABIC_OTHER + big.repeat(3); // just over the budget
    const small = samplePage(document);
    document.body.innerHTML = ARABIC_OTHER + big.repeat(800);
    const huge = samplePage(document);
    expect(huge.proseChars).toBeLessThanOrEqual(PROSE_BUDGET);
    expect(huge.prose.length).toBeLessThanOrEqual(PROSE_BUDGET + 200);
    expect(huge).toEqual(small);
    expect(checkPage(document)).toMatchObject({ verdict: 'not-conflict', language: null });
  });

  it('tells the share of Arabic letters exactly, reading only as far as needed', () => {
    const arabic = 'ارتفعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم. ';
    const latin = 'Stocks rose on Tuesday after new figures showed. ';
    for (let a = 0; a <= 30; a++) {
      for (const latinFirst of [true, false]) {
        const parts = [arabic.repeat(a), latin.repeat(30 - a)];
        const text = (latinFirst ? parts.reverse() : parts).join('');
        expect(hasArabicShare(text), `${a} ${latinFirst}`).toBe(arabicScriptShare(text) >= 0.3);
      }
    }
    expect(hasArabicShare('')).toBe(false);
    expect(hasArabicShare('123 ...')).toBe(false);
  });

  it('finds conflict keywords in the spellings outlets print (hamza, ة/ه, ى/ي, diacritics, proclitics)', () => {
    expect(namesConflict('وقالت مصادر في اوكرانيا إن الهجوم بدأ')).toBe(true);
    expect(namesConflict('قصف على قطاع غزه فجر اليوم')).toBe(true);
    expect(namesConflict('وأعلنت قوّات الدّعم السّريع سيطرتها')).toBe(true);
    expect(namesConflict('وللحوثيين موقف آخر')).toBe(true);
    // A stray zero-width mark inside a name (as some editors leave it) does not hide it.
    expect(namesConflict('قصف على غ\u200cزة فجر اليوم')).toBe(true);
    expect(namesConflict('قصف على غ\u200bزة فجر اليوم')).toBe(true);
    expect(namesConflict('ارتفعت أسعار الذهب في الأسواق المحلية')).toBe(false);
  });
});
