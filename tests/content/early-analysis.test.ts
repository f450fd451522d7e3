// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, ANALYZE_WHOLE_MAX_CHARS } from '../../src/core';
import { annotate, articleTextSteps, type Analyzer } from '../../src/content/annotate';
import { askEarly, type AskAnalysis } from '../../src/content/early-analysis';
import { runToEnd } from '../../src/content/slices';

// Sentences written for this test.
const STORY = [
  'أعلنت وزارة الدفاع الأوكرانية أن قواتها صدت هجوما روسيا جديدا قرب مدينة خاركيف خلال ساعات الليل.',
  'وقال المتحدث باسم الوزارة إن «الدفاعات الجوية أسقطت معظم المسيرات قبل وصولها إلى الأحياء السكنية».',
  'في المقابل، قال الكرملين إن المحادثات مع كييف لن تستأنف قبل نهاية الشهر، بحسب ما نقلته وكالة تاس.',
];

function articlePage(paragraphs: readonly string[]): Document {
  document.body.innerHTML = `<header><nav><a href="/">الرئيسية</a></nav></header>
    <main><article><h1>هجوم ليلي قرب خاركيف</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main>
    <footer><p>جميع الحقوق محفوظة</p></footer>`;
  return document;
}

/** A stand-in background: records each request and answers with core's own analysis of the text. */
function fakeBackground() {
  const asked: Array<{ text: string; stopEarly: boolean }> = [];
  const ask: AskAnalysis = async (text, stopEarly) => {
    asked.push({ text, stopEarly });
    return analyze(text, { stopEarly });
  };
  return { asked, ask };
}

/** The analyzer annotate calls, on top of an AskAnalysis (as content-main's, without the validation). */
const analyzerOf =
  (ask: AskAnalysis): Analyzer =>
  async (text, options) =>
    (await ask(text, options?.stopEarly ?? true)) as ReturnType<typeof analyze>;

afterEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

describe('askEarly: the article is sent for analysis before the check, and annotate takes that answer', () => {
  it('sends the text annotate will read, at once, and annotate asks nothing more', async () => {
    const doc = articlePage(STORY);
    const background = fakeBackground();
    const ask = askEarly(doc, background.ask);
    // Sent before anything else ran: the background works while the page checks itself.
    expect(background.asked).toHaveLength(1);
    const expected = runToEnd(articleTextSteps(doc))!.map.text;
    expect(background.asked[0]).toEqual({ text: expected, stopEarly: true });
    expect(expected).toContain('خاركيف');

    const outcome = await annotate(doc, analyzerOf(ask));
    expect(outcome.state).toBe('annotated');
    expect(background.asked).toHaveLength(1);
    if (outcome.state === 'annotated') expect(outcome.annotation.analysis).toEqual(analyze(expected));
  });

  it('asks anew when the page changed its article in between, and the early answer is not used', async () => {
    const doc = articlePage(STORY);
    const background = fakeBackground();
    const ask = askEarly(doc, background.ask);
    const added = doc.createElement('p');
    added.textContent = 'وقال مسؤول في بلدية المدينة إن عمال الدفاع المدني يواصلون رفع الركام بحثا عن عالقين.';
    doc.querySelector('article')!.append(added);

    const outcome = await annotate(doc, analyzerOf(ask));
    expect(background.asked).toHaveLength(2);
    expect(background.asked[1]!.text).toContain('الدفاع المدني');
    expect(background.asked[0]!.text).not.toContain('الدفاع المدني');
    if (outcome.state === 'annotated') expect(outcome.annotation.analysis).toEqual(analyze(background.asked[1]!.text));
  });

  it('gives its answer once: a second request for the same text asks again, as does one that does not stop early', async () => {
    const doc = articlePage(STORY);
    const background = fakeBackground();
    const text = runToEnd(articleTextSteps(doc))!.map.text;
    const first = askEarly(doc, background.ask);
    await first(text, false);
    expect(background.asked.map((a) => a.stopEarly)).toEqual([true, false]);
    await first(text, true);
    expect(background.asked).toHaveLength(3);
  });

  it('sends nothing for a page with no article, a page being edited, or a text of more than one analysis part', async () => {
    const background = fakeBackground();
    document.body.innerHTML = '<nav><a href="/">الرئيسية</a> <a href="/a">أخبار</a></nav>';
    askEarly(document, background.ask);

    articlePage(STORY);
    document.designMode = 'on';
    askEarly(document, background.ask);
    document.designMode = 'off';

    const long = Array.from({ length: Math.ceil((ANALYZE_WHOLE_MAX_CHARS * 2) / 90) }, (_, i) => STORY[i % STORY.length]!);
    askEarly(articlePage(long), background.ask);
    expect(background.asked).toEqual([]);
  });

  it('gives up on a page that takes more than its budget to read, and then asks as usual', async () => {
    const doc = articlePage(Array.from({ length: 600 }, (_, i) => STORY[i % STORY.length]!.slice(0, 40)));
    const background = fakeBackground();
    const ask = askEarly(doc, background.ask, -1);
    expect(background.asked).toEqual([]);
    await ask('نص قصير', true);
    expect(background.asked).toEqual([{ text: 'نص قصير', stopEarly: true }]);
  });
});
