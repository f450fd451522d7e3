import type { SpeakerRule } from './rule';

/** Two quotes joined by nothing but punctuation, "و" or a paragraph break: one speaker. */
function joinedToPrevious(text: string, previousEnd: number, start: number): boolean {
  if (start - previousEnd > 40) return false;
  const between = text.slice(previousEnd, start);
  return /^[\s،,.:;؛\-–—و]*(?:[وف]?(?:إن|أن|بأن)[\s]*)?$/.test(between);
}

export const joinedToPreviousQuote: SpeakerRule = {
  name: 'joined to the previous quote',
  why: 'A quote that follows another with only punctuation or "و" between them is the same speaker going on.',
  examples: [
    {
      text: 'وقال المتحدث باسم الجيش السوداني نبيل عبد الله: "صددنا الهجوم على المدينة"، "وكبدنا المهاجمين خسائر كبيرة في العتاد".',
      quote: 'وكبدنا المهاجمين خسائر كبيرة في العتاد',
      speaker: 'نبيل عبد الله',
    },
  ],
  apply(zone) {
    if (!zone.previous || !joinedToPrevious(zone.text, zone.previous.outerEnd, zone.outerStart)) return undefined;
    return { speaker: zone.previous.speaker };
  },
};
