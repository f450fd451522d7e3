// @vitest-environment jsdom
// The probe: the first, bounded look that decides most pages left alone
// (sentences written for this test).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runFirstCheck } from '../../src/content/check-first';
import { checkPage } from '../../src/content/page-check';
import { TITLE_WORDS_NEVER_ARABIC_RE } from '../../src/core';
import { PROBE_NODES, PROBE_PROSE_CHARS, probePage, probeScript, probeTitle } from '../../src/content/page-probe';
import { LEFT_ALONE_KEY, type LeftAloneScope } from '../../src/content/recheck-scope';
import { installFakeExtension, type FakeExtension } from './fake-extension';

const GERMAN = `<main><h1>Neue Buslinie zur Universität</h1>
  <p>Ab März verbindet eine neue Buslinie die Universität mit dem Bahnhof, und die Fahrt dauert dann nur noch zwölf Minuten.</p>
  <p>Die Stadt rechnet damit, dass vor allem Studierende die Linie nutzen werden, besonders in den Abendstunden nach den Vorlesungen.</p></main>`;

const PERSIAN = `<main><h1>خط تازه اتوبوس</h1>
  <p>از ماه آینده یک خط اتوبوس تازه دانشگاه را به ایستگاه قطار وصل می‌کند و سفر را کوتاه‌تر می‌کند، چون راه تازه‌ای ساخته شده است.</p>
  <p>شهرداری می‌گوید که بیشتر دانشجویان از این خط استفاده خواهند کرد، به‌ویژه در ساعت‌های پس از کلاس‌های شب و در روزهای پایانی هفته.</p></main>`;

const PERSIAN_NAMING_A_CONFLICT = `<main><h1>گزارش تازه درباره غزه</h1>
  <p>خبرگزاری‌ها می‌گویند که در غزه کمبود آب و غذا بیشتر شده است و سازمان‌های امدادی خواستار باز شدن گذرگاه‌ها هستند تا کمک‌ها برسد.</p>
  <p>به گفته این گزارش، بیمارستان‌های غزه با کمبود سوخت روبرو هستند و پزشکان می‌گویند که شرایط هر روز سخت‌تر می‌شود.</p></main>`;

const URDU = `<main><h1>شہر میں نئی بس سروس</h1>
  <p>اگلے مہینے سے ایک نئی بس سروس یونیورسٹی کو ریلوے اسٹیشن سے ملائے گی اور سفر صرف بارہ منٹ کا رہ جائے گا، شہری انتظامیہ نے بتایا۔</p>
  <p>حکام کا کہنا ہے کہ طلبہ اس بس کو سب سے زیادہ استعمال کریں گے، خاص طور پر شام کی کلاسوں کے بعد اور ہفتے کے آخری دنوں میں۔</p></main>`;

/** An Arabic conflict article whose text names a Persian place and a Persian agency (letters گ and چ, a ZWNJ). */
const ARABIC_WITH_PERSIAN_NAMES = `<main><h1>الحوثيون يعلنون استهداف سفينة قرب باب المندب</h1>
  <p>قالت جماعة الحوثيين في اليمن إنها استهدفت سفينة تجارية قرب باب المندب، فيما نقلت وكالة "تسنيم" عن مصادر في بندر چابهار وگرگان أن الخبر صحيح.</p>
  <p>وأضاف المتحدث باسم الحوثيين أن العمليات ستستمر في البحر الأحمر ما دام القصف على غزة مستمرا، بحسب ما نقلته وكالة "ایرنا‌".</p></main>`;

function load(html: string, title: string, lang = '') {
  document.title = title;
  if (lang) document.documentElement.setAttribute('lang', lang);
  else document.documentElement.removeAttribute('lang');
  document.body.innerHTML = html; // test fixture only
}

describe('the probe', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('decides a page with no Arabic-script letter from its first texts, naming its language', () => {
    load(GERMAN, 'Neue Buslinie');
    const probe = probePage(document);
    expect(probe.arabicLetters).toBe(0);
    expect(probe.proseChars).toBeGreaterThanOrEqual(200);
    expect(checkPage(document)).toMatchObject({ verdict: 'not-arabic', language: 'de', tooShort: false });
  });

  it('reads a bounded part of a huge page', () => {
    const paragraph = `<p>${'Die Stadt baut eine neue Brücke über den Fluss, und die Arbeiten dauern zwei Jahre. '.repeat(3)}</p>`;
    load(`<main>${'<span>x</span>'.repeat(PROBE_NODES * 2)}${paragraph.repeat(400)}</main>`, 'Brücke');
    const probe = probePage(document);
    expect(probe.text.length).toBeLessThan(PROBE_NODES * 4 + PROBE_PROSE_CHARS + 100);
    load(paragraph.repeat(400), 'Brücke');
    expect(probePage(document).proseChars).toBeLessThanOrEqual(PROBE_PROSE_CHARS);
    expect(checkPage(document).verdict).toBe('not-arabic');
  });

  it('tells Persian and Urdu pages apart from Arabic before any keyword, also when they name a conflict', () => {
    load(PERSIAN, 'خط تازه اتوبوس', 'fa');
    expect(probePage(document).persianOrUrduMarks).toBeGreaterThanOrEqual(4);
    expect(checkPage(document)).toMatchObject({ verdict: 'not-arabic', language: 'fa' });
    load(PERSIAN_NAMING_A_CONFLICT, 'گزارش غزه');
    expect(checkPage(document)).toMatchObject({ verdict: 'not-arabic', language: 'fa' });
    load(URDU, 'نئی بس سروس', 'ur');
    expect(checkPage(document)).toMatchObject({ verdict: 'not-arabic', language: 'ur' });
  });

  it('leaves the decision to the full check on an Arabic page with a few Persian letters', () => {
    load(ARABIC_WITH_PERSIAN_NAMES, 'الحوثيون يستهدفون سفينة', 'ar');
    expect(probePage(document).persianOrUrduMarks).toBeGreaterThanOrEqual(4);
    expect(checkPage(document)).toMatchObject({ verdict: 'pass', language: 'ar' });
  });

  it('does not judge by "no Arabic letter" a page that declares Arabic, nor one with too little prose', () => {
    const englishTop = `<div>${'<p>Subscribe to our newsletter and follow us on every network for the latest updates and more.</p>'.repeat(8)}</div>`;
    const article = `<p>قالت جماعة الحوثيين في اليمن إنها استهدفت سفينة تجارية في البحر الأحمر، وأكد المتحدث باسمها أن العمليات ستستمر.</p>
      <p>وأضاف المتحدث أن الهجمات على السفن في البحر الأحمر مرتبطة بالحرب على غزة وستتوقف بتوقفها.</p>`;
    load(`${englishTop}<main>${article.repeat(4)}</main>`, 'x', 'ar');
    const probe = probePage(document);
    expect(probe.arabicLetters).toBe(0);
    expect(probe.declaresArabicScript).toBe(true);
    // The full sample reads on, finds the Arabic article below the English block, and passes it.
    expect(checkPage(document)).toMatchObject({ verdict: 'pass', language: 'ar' });
    load('<p>Home</p><p>News</p>', 'Short');
    expect(probePage(document).proseChars).toBeLessThan(200);
    expect(checkPage(document)).toMatchObject({ verdict: 'not-arabic', tooShort: true });
  });
});

/** An Arabic article typed on a Persian keyboard: ی and ک for ي and ك, as some sites print it. */
const ARABIC_ON_PERSIAN_KEYS = `<main><h1>الجیش یعلن السیطرة على قریة فی ریف المدینة</h1>
  <p>أعلن الجیش فی بیان صدر الیوم أن قواته تمکنت من السیطرة على القریة بعد معارک استمرت ثلاثة أیام، وأن الأهالی بدأوا العودة إلى منازلهم.</p>
  <p>وقال المتحدث باسم الجیش إن الوحدات الهندسیة تعمل على إزالة الألغام من الطرق الرئیسیة، وإن المساعدات ستصل إلى المنطقة خلال الأسبوع المقبل.</p></main>`;

/** A Persian page typed with the Arabic ي and ك, as older Persian sites print it. */
const PERSIAN_ON_ARABIC_KEYS = `<main><h1>گزارش تازه از بازار مسكن</h1>
  <p>قيمت مسكن در پايتخت در ماه گذشته دوباره بالا رفت و كارشناسان مي‌گويند كه خريداران تازه بيشتر به حومه شهر مي‌روند.</p>
  <p>بانك مركزي گفته است كه وام خريد خانه براي زوج‌هاي جوان افزايش پيدا مي‌كند، اما هنوز زمان اجراي آن روشن نيست.</p></main>`;

describe("the probe's script verdict (content-check.js's first stage)", () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it.each([
    ['German', 'other', GERMAN, ''],
    ['Persian', 'persian-or-urdu', PERSIAN, 'fa'],
    ['Persian naming a conflict', 'persian-or-urdu', PERSIAN_NAMING_A_CONFLICT, ''],
    ['Persian typed with Arabic ي and ك', 'persian-or-urdu', PERSIAN_ON_ARABIC_KEYS, ''],
    ['Urdu', 'persian-or-urdu', URDU, 'ur'],
    ['Arabic naming Persian places', 'arabic', ARABIC_WITH_PERSIAN_NAMES, 'ar'],
    ['Arabic typed with Persian ی and ک', 'arabic', ARABIC_ON_PERSIAN_KEYS, ''],
  ])('%s → %s', (_name, expected, html, lang) => {
    load(html, 'x', lang);
    expect(probeScript(probePage(document))).toBe(expected);
  });

  it('hands over a page that declares Arabic even when its first texts are English', () => {
    const englishTop = '<p>Subscribe to our newsletter and follow us on every network for the latest updates and more.</p>'.repeat(8);
    load(englishTop, 'x', 'ar');
    expect(probeScript(probePage(document))).toBe('arabic');
    load(englishTop, 'x', 'en');
    expect(probeScript(probePage(document))).toBe('other');
  });
});

describe("the title's verdict (before any text is read)", () => {
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    document.documentElement.removeAttribute('dir');
  });

  it('tells a page titled in another script without reading its body', () => {
    load(PERSIAN, 'Neue Buslinie zur Universität');
    const walk = vi.spyOn(document, 'createTreeWalker');
    expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBe('other');
    load(GERMAN, 'Новая автобусная линия');
    expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBe('other');
    expect(walk).not.toHaveBeenCalled();
    walk.mockRestore();
  });

  it('says nothing for a short or Arabic-script title, or a right-to-left page', () => {
    for (const title of ['', 'News', 'الجيش يعلن السيطرة على القرية', 'ایرنا']) {
      load(GERMAN, title);
      expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBeNull();
    }
    load(GERMAN, 'Breaking news from the region', '');
    document.documentElement.setAttribute('dir', 'rtl');
    expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBeNull();
  });

  it('calls Persian or Urdu a page that declares it and titles itself in its letters, never one whose title shows Arabic', () => {
    load(GERMAN, 'گزارش تازه درباره کتابخانه شهر', 'fa');
    expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBe('persian-or-urdu');
    load(GERMAN, 'شہر میں نئی بس سروس', 'ur');
    expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBe('persian-or-urdu');
    // The same letters without a Persian <html lang>, or a title with ال or ة: the text decides.
    load(GERMAN, 'گزارش تازه درباره کتابخانه شهر');
    expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBeNull();
    load(GERMAN, 'الجیش یعلن السیطرة على قریة', 'fa');
    expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE)).toBeNull();
  });

  it('calls Persian or Urdu a title with letters or words Arabic never writes without reading <html lang>', () => {
    const lang = vi.spyOn(document.documentElement, 'getAttribute');
    for (const title of ['گزارش پلیس از چند حادثه در جاده', 'بازگشت گردشگران به شهر', 'خانه‌های تازه برای کارگران', 'شہر میں نئی سڑک بنے گی', 'ٹرین اب دیر سے چلے گی', 'سفر وزیر از تهران به مشهد در هفته آینده', 'نرخ تورم امسال کمتر از پارسال است']) {
      load(GERMAN, title);
      expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE), title).toBe('persian-or-urdu');
    }
    expect(lang).not.toHaveBeenCalled();
    lang.mockRestore();
  });

  it('leaves to the text a title with one such letter or word, or with those and a sign of Arabic', () => {
    for (const title of ['گزارش تازه درباره کتابخانه شهر', 'انفجار قرب چابهار', 'القوات تقصف مواقع قرب گرگان وچابهار', 'زيارة رسمية إلى پاکستان وگرجستان', 'سفر وزیر به مشهد در هفته آینده', 'قصف عنيف على درعا وادلب', 'الوزير في طهران لبحث الاتفاق']) {
      load(GERMAN, title);
      expect(probeTitle(document, TITLE_WORDS_NEVER_ARABIC_RE), title).toBeNull();
    }
  });
});

describe('the first stage of the content check', () => {
  let ext: FakeExtension;
  const leftAlone = () => (globalThis as LeftAloneScope)[LEFT_ALONE_KEY];
  beforeEach(() => {
    ext = installFakeExtension();
  });
  afterEach(() => {
    ext.uninstall();
    delete (globalThis as LeftAloneScope)[LEFT_ALONE_KEY];
    document.documentElement.removeAttribute('lang');
  });

  it('leaves German, Persian and Urdu pages alone without a message or a storage read, its reason kept for the popup', async () => {
    const reads = vi.spyOn((globalThis as any).chrome.storage.sync, 'get');
    for (const [html, lang, reason] of [
      [GERMAN, 'de', /not written in the Arabic script/],
      [PERSIAN, 'fa', /Persian or Urdu/],
      [URDU, 'ur', /Persian or Urdu/],
    ] as const) {
      load(html, 'x', lang);
      expect(await runFirstCheck(document)).not.toBe('arabic');
      expect(leftAlone()).toMatchObject({ state: 'not-arabic', language: null });
      expect(leftAlone()?.reason).toMatch(reason);
    }
    expect(ext.sent).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
  });

  it('asks the background for the second stage on an Arabic-script page, and keeps no verdict of its own', async () => {
    load(ARABIC_ON_PERSIAN_KEYS, 'الجیش');
    expect(await runFirstCheck(document)).toBe('arabic');
    expect(ext.sent).toEqual([{ type: 'sada:probe-arabic' }]);
    expect(leftAlone()).toBeUndefined();
  });

  it('waits a bounded time for a short page to render, then judges it and leaves no observer or timer', async () => {
    vi.useFakeTimers();
    try {
      load('<div id="app"><p>Loading…</p></div>', 'x');
      const done = runFirstCheck(document);
      await vi.advanceTimersByTimeAsync(300);
      expect(ext.sent).toEqual([]);
      document.getElementById('app')!.innerHTML = ARABIC_WITH_PERSIAN_NAMES;
      await vi.advanceTimersByTimeAsync(1000);
      expect(await done).toBe('arabic');
      expect(ext.sent).toEqual([{ type: 'sada:probe-arabic' }]);
      expect(vi.getTimerCount()).toBe(0);
      load('<p>Loading…</p>', 'x');
      const stillShort = runFirstCheck(document);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await stillShort).toBe('other');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('content-explain.js names the language of a page the first stage left alone, when the popup asks', async () => {
    for (const [html, lang] of [[GERMAN, 'de'], [PERSIAN, 'fa'], [URDU, 'ur']] as const) {
      load(html, 'x');
      await runFirstCheck(document);
      vi.resetModules();
      await import('../../src/content/explain');
      expect(leftAlone()).toMatchObject({ state: 'not-arabic', language: lang, reason: `page language: ${lang}` });
    }
  });
});
