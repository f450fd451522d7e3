import { describe, expect, it } from 'vitest';
import { LEAD_JUNK, mainArticleRanges, normalizeMarker, normalizedStart } from '../../src/core/regions';
import type { Span } from '../../src/core/types';

const P1 = 'أعلنت وزارة الدفاع اليوم عن بدء مناورات عسكرية واسعة في المنطقة الشمالية بمشاركة وحدات برية وجوية، وقالت إنها تستمر أسبوعا.';
const P2 = 'وأضاف المتحدث أن المناورات تهدف إلى رفع جاهزية القوات، مشيرا إلى أن التدريبات تشمل الرماية بالذخيرة الحية ليلا ونهارا.';

function kept(text: string, ranges: Span[]): string {
  return ranges.map((r) => text.slice(r.start, r.end)).join('\n');
}

describe('mainArticleRanges', () => {
  it('keeps a plain article whole', () => {
    const text = `عنوان الخبر هنا\n\n${P1}\n\n${P2}`;
    const ranges = mainArticleRanges(text);
    expect(ranges).toEqual([{ start: 0, end: text.length }]);
  });

  it('drops a related-articles list and its bullets', () => {
    const text = `${P1}\n${P2}\n\nمقالات مشابهة\n\n  • غارات على غزة تقتل العشرات\n  • الكرملين: لا مفاوضات مع كييف\n  • الجيش السوداني يتقدم في الخرطوم`;
    const main = kept(text, mainArticleRanges(text));
    expect(main).toContain(P1);
    expect(main).toContain(P2);
    expect(main).not.toMatch(/غزة|الكرملين|السوداني|مشابهة/);
  });

  it('drops an inline teaser line and keeps the article around it', () => {
    const text = `${P1}\nاقرأ أيضا: قصف روسي على خاركيف يوقع قتلى\n${P2}`;
    const main = kept(text, mainArticleRanges(text));
    expect(main).toContain(P1);
    expect(main).toContain(P2);
    expect(main).not.toContain('خاركيف');
  });

  it('drops teaser headlines under a bare "إقرأ أيضاً" header but resumes at the next paragraph', () => {
    const text = `${P1}\n\nإقرأ أيضاً:\n\nالحوثيون يستهدفون سفينة في البحر الأحمر\n\n${P2}`;
    const main = kept(text, mainArticleRanges(text));
    expect(main).not.toContain('الحوثيون');
    expect(main).toContain(P2);
  });

  it('cuts everything after the article end (source, tags) when a related section follows', () => {
    const other = 'وقال الرئيس إن القوات ستواصل عملياتها في قطاع غزة حتى تحقيق أهدافها كاملة، مؤكدا أن المفاوضات مستمرة عبر الوسطاء.';
    const text = `${P1}\n\n${P2}\n\nالمصدر: وكالات\n\nكلمات دلالية: مناورات الجيش\n\nإقرأ أيضاً:\n\nعنوان خبر آخر عن غزة\n\n${other}\n\n${other}`;
    const main = kept(text, mainArticleRanges(text));
    expect(main).toContain(P2);
    expect(main).not.toContain('غزة');
    expect(main).not.toContain('المصدر');
    expect(main).not.toContain('كلمات دلالية');
  });

  it('does not cut the article when tags and related links sit at the top', () => {
    const text = `عنوان الخبر\nالوسوم: مناورات الجيش\nمقالات ذات صلة\n• خبر قديم عن المناورات\n${P1}\n${P2}`;
    const main = kept(text, mainArticleRanges(text));
    expect(main).toContain(P1);
    expect(main).toContain(P2);
    expect(main).not.toContain('خبر قديم');
  });

  it('drops hashtag lines, share and footer lines', () => {
    const text = `${P1}\n#اليمن #السعودية\nشارك\nتابعونا على تويتر\nجميع الحقوق محفوظة © 2024\n${P2}`;
    const main = kept(text, mainArticleRanges(text));
    expect(main).toContain(P1);
    expect(main).toContain(P2);
    expect(main).not.toMatch(/#|^شارك|تابعونا|الحقوق/m);
  });

  it('keeps article lines that merely start with a marker word', () => {
    const text = `شاهد عيان قال إن الانفجار وقع قرب السوق المركزي صباح اليوم وأدى إلى أضرار كبيرة.\nالمزيد من القوات وصل إلى المدينة خلال الليل بعد تصاعد الاشتباكات، بحسب ما أفاد سكان محليون لوسائل الإعلام.`;
    expect(mainArticleRanges(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('handles empty, blank and huge inputs', () => {
    expect(mainArticleRanges('')).toEqual([]);
    expect(mainArticleRanges('\n\n  \n')).toEqual([]);
    const big = `${P1}\n`.repeat(Math.ceil(5_000_000 / (P1.length + 1)));
    const ranges = mainArticleRanges(big);
    expect(ranges.length).toBe(1);
    const oneLine = P1.repeat(40_000);
    expect(mainArticleRanges(oneLine)).toEqual([{ start: 0, end: oneLine.length }]);
  }, 60_000);

  it('keeps offsets as UTF-16 indices with bidi and zero-width characters', () => {
    const text = `\u200f${P1}\u200b\nاقرأ\u200c أيضا: خبر\n${P2}\u202c`;
    const ranges = mainArticleRanges(text);
    const main = kept(text, ranges);
    expect(main).toContain(P1);
    expect(main).toContain(P2);
  });
});

describe("a line's first normalized letters", () => {
  it('are the first letters of its whole normalized head, whatever junk, marks, spaces or letters that fold lead or part them', () => {
    const heads = ['• اقرأ أيضاً: عنوان', '  ـــ  إقرأ ايضا', '12) «المزيد» من الأخبار', '#وسوم: غزة', 'ـًّ', '', '   ', '►► شاهد', 'İstanbul', '\u200Fالمصدر: وكالات', '— مواضيع ذات صلة', '::', 'ٱلأخبار', '\u064Bا', '(3) آخر الأخبار', '𝐀 عنوان', 'و  ـ  شاهد', 'ا ', 'أ\u064Bب', 'ﻻ شيء', 'x\t\ty', 'İ'];
    for (const head of heads) {
      const whole = normalizeMarker(head.replace(LEAD_JUNK, ''));
      for (const n of [1, 2, 3]) expect(normalizedStart(head, n)).toBe(whole.slice(0, n));
    }
  });
});
