// The gate must not lose pages the analyzer would annotate: every gold page
// about a conflict (../shared/eval/dev) passes it from its title-sized head
// and first paragraphs, as content-check samples a page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasKeyword } from '../../src/content/keyword-match';
import { PROSE_BUDGET, namesConflict } from '../../src/content/page-check';
import { foldForKeywords } from '../../src/content/fold';
import { KEYWORD_PATTERN_SOURCE } from '../../src/content/prefilter-pattern';
import { PREFILTER_KEYWORDS } from '../../src/content/prefilter-keywords';

const devDir = join(__dirname, '../../../shared/eval/dev');
const gold = readdirSync(devDir).map((f) => ({ file: f, ...JSON.parse(readFileSync(join(devDir, f), 'utf8')) }));

describe('conflict keyword gate', () => {
  it('is built from the conflict profiles and the extra names, without duplicates', () => {
    expect(PREFILTER_KEYWORDS.length).toBeGreaterThan(100);
    expect(new Set(PREFILTER_KEYWORDS).size).toBe(PREFILTER_KEYWORDS.length);
    expect(PREFILTER_KEYWORDS).toContain('غزة');
  });

  it('finds every keyword, alone or behind proclitics, through the trie-shaped pattern', () => {
    for (const keyword of PREFILTER_KEYWORDS) {
      expect(namesConflict(`قال مصدر إن ${keyword} في بيان`), keyword).toBe(true);
      expect(namesConflict(`و${keyword}`), keyword).toBe(true);
      if (keyword.startsWith('ال')) expect(namesConflict(`لل${keyword.slice(2)}`), keyword).toBe(true);
    }
    expect(namesConflict('ارتفعت أسعار الذهب في الأسواق المحلية وسط إقبال المواطنين على الشراء قبل موسم الأعياد')).toBe(false);
  });

  it('matches whole words only: a keyword inside a longer word does not count', () => {
    // Each sentence holds a keyword's letters inside another word (written for this test).
    const inWords = [
      'انتشرت الصورة على السوشيال ميديا خلال ساعات', // ميدي (a Yemeni port) in ميديا
      'يعرض المسرح الوطني كوميديا جديدة هذا الأسبوع', // ميدي in كوميديا
      'ارتفع عدد المصابين بالإنفلونزا في المدارس', // ابين (a Yemeni province) in المصابين
      'عزلت الوزارة المخالطين للحالات الجديدة', // المخا (a Yemeni port) in المخالطين
      'انتهت فترة الحجر الصحي للعائدين من السفر', // لحج (a Yemeni province) in الحجر
      'نقدم الأخبار بمهنية عالية منذ عشرين عاما', // هنية in بمهنية
      'استقبل الجمهور الفريق بحماسة كبيرة', // حماس in بحماسة
      'يعمل عدنان في شركة لاستخراج المعادن', // عدن in عدنان and المعادن
      'تحدث الخطيب عن الشرعي والعرفي في الزواج', // الشرع (a Syrian leader) in الشرعي
    ];
    for (const sentence of inWords) expect(namesConflict(sentence), sentence).toBe(false);
    // The same names as words, behind proclitics and with the endings they take.
    const asWords = [
      'وصل الوفد إلى ميدي صباحا', 'اشتباكات في محافظة أبين', 'وفي لحج قتل ثلاثة', 'سيطرت القوات على المخا',
      'وبغزة انقطعت الكهرباء', 'قال مسؤول فلسطيني إن المعبر مغلق', 'أعلنت السلطات السودانية حظر التجول',
      'رحب الإسرائيليون بالاتفاق', 'وللحوثيين شروط أخرى', 'غزةُ تحت القصف',
    ];
    for (const sentence of asWords) expect(namesConflict(sentence), sentence).toBe(true);
  });

  it.each(gold.filter((g) => g.language === 'ar' && g.conflicts.length > 0).map((g) => [g.file, g.text] as const))(
    'lets the conflict page %s through',
    (_file, text) => {
      expect(namesConflict(text.slice(0, PROSE_BUDGET))).toBe(true);
    },
  );

  it('matches the page as printed exactly as the folded pattern matches the folded page', () => {
    // The folded pattern on folded text is what the gate means; the shipped pattern spells the variants instead.
    const folded = new RegExp(
      // Letter classes become their folded letter; the word-character class (\u escapes) stays.
      KEYWORD_PATTERN_SOURCE.replace(/\[([^\]]+)\]/g, (whole, chars: string) => (chars.startsWith('\\') ? whole : foldForKeywords(chars[0]!))),
      'g',
    );
    const marks = ['\u064E', '\u0651', '\u0640', '\u200C'];
    let hits = 0;
    for (const { text } of gold) {
      for (let at = 0; at < text.length; at += 53) {
        let slice: string = text.slice(at, at + 60);
        // Now and then a diacritic, tatweel or zero-width mark inside a word.
        if (at % 3 === 0) slice = slice.replace(/(\p{L})(\p{L})/u, `$1${marks[at % marks.length]}$2`);
        const expected = hasKeyword(folded, foldForKeywords(slice));
        if (expected) hits++;
        expect(namesConflict(slice), slice).toBe(expected);
      }
    }
    expect(hits).toBeGreaterThan(20);
  });
});
