import { verbAt } from '../../../speech';
import type { SubjectRule } from './rule';

export const verbAfterPhrase: SubjectRule = {
  name: 'speech verb after a phrase',
  why: 'An attribution phrase followed by a speech verb ("«…»، بحسب ما قاله X", "حسبما ذكر X") names its source as that verb\'s subject.',
  examples: [
    { text: 'تجدد القصف على الحديدة.\n\nفالحركة «لن تقبل بأي هدنة منقوصة»، بحسب ما قاله المتحدث محمد عبد السلام في مقابلة.', quote: 'لن تقبل بأي هدنة منقوصة', speaker: 'محمد عبد السلام' },
    { text: 'تواصلت المحادثات في جنيف.\n\nوالطريق «مغلق منذ أسبوع كامل»، حسبما ذكر المحافظ سالم الوائلي لمراسلنا.', quote: 'مغلق منذ أسبوع كامل', speaker: 'سالم الوائلي' },
  ],
  apply(zone) {
    const { ctx, words, from, text } = zone;
    // (Only right after "ما": "بحسب ما", "حسبما", "وفق ما"; "جاء في رد" or "في بيان: «نقل …»" hold no verb of the phrase's.)
    const last = words[from - 1];
    if (!ctx.attribution || !last || !/ما$/.test(last.norm) || !words[from] || text.slice(last.end, words[from]!.start).trim() !== '') return undefined;
    const verb = verbAt(words, from);
    return verb ? zone.resolveAt(from + verb.length, { ...ctx, attribution: false, gender: verb.value.gender }) : undefined;
  },
};
