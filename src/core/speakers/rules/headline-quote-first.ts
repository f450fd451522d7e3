import { verbAt, wordsIn } from '../../speech';
import { looksLikeImperfectVerb } from '../../persons/words';
import { lineStartOf, lowerBound, mentionRef } from '../model';
import type { SpeakerRule } from './rule';

/** What may stand between a headline's opening quote and the name after it: dots, an ellipsis, a comma, a dash. */
const AFTER_QUOTE = /^[ \u00A0]*(?:\.{2,3}|…|[،,:\-–—|])?[ \u00A0]*$/;

export const headlineQuoteFirst: SpeakerRule = {
  name: 'headline quote first',
  why: 'A headline that opens with the quote and then names an actor and its verb ("«…».. منظمة الصحة العالمية تحذر من …") quotes that actor.',
  examples: [
    { text: '"لن نسمح بتجويع المدنيين".. منظمة الصحة العالمية تحذر من انهيار المستشفيات\n\nجنيف – حذرت المنظمة من نقص الوقود.', quote: 'لن نسمح بتجويع المدنيين', speaker: 'منظمة الصحة العالمية' },
    { text: '«الطريق مغلق منذ أسبوع كامل»… الأونروا تعلن تعليق قوافلها\n\nأعلنت الوكالة وقف القوافل مؤقتا.', quote: 'الطريق مغلق منذ أسبوع كامل', speaker: 'الأونروا' },
    { text: '"الحصار يقتل الناس ببطء" - أنطونيو غوتيريش يدعو إلى فتح المعابر\n\nدعا الأمين العام إلى فتح المعابر.', quote: 'الحصار يقتل الناس ببطء', speaker: 'أنطونيو غوتيريش' },
  ],
  apply({ text, outerStart, outerEnd, mentions, mentionStarts }) {
    // (Only the text's first line, and only a quote that opens it.)
    if (lineStartOf(text, outerStart) !== 0 || text.slice(0, outerStart).trim() !== '') return undefined;
    const k = lowerBound(mentionStarts, outerEnd);
    const m = mentions[k];
    if (!m || !AFTER_QUOTE.test(text.slice(outerEnd, m.start)) || lineStartOf(text, m.start) !== 0) return undefined;
    const [verb] = wordsIn(text, m.end, Math.min(text.length, m.end + 30));
    if (!verb || !/^[ \u00A0]+$/.test(text.slice(m.end, verb.start))) return undefined;
    const said = verbAt([verb], 0) !== null || looksLikeImperfectVerb(verb.norm);
    return said ? { speaker: mentionRef(m) } : undefined;
  },
};
