// The shapes of a verb of the third person, read off a normalized word with no word list: the
// feminine past ("دانت", "رفضت", "عادت") and the present of either gender ("تعود", "يعود").
// Several stages ask whether the word next to a name or a quote is such a verb; they ask here.

/** "دانت", "وضعت", "عادت": two to five letters and the ت of the feminine past; no plural in ات ("بيانات"). */
export const femininePastShaped = (word: string): boolean => /^[\u0621-\u064a]{2,5}(?<!ا)ت$/.test(word);

/** "تعود" (f), "يعود" (m): the prefix of the third person and two to four letters. */
export const presentShaped = (word: string, gender: 'm' | 'f'): boolean => (gender === 'f' ? /^ت[\u0621-\u064a]{2,4}$/ : /^ي[\u0621-\u064a]{2,4}$/).test(word);

/** "تسألني", "يخبرني": a present of three root letters with "me" as its object; not "تشيرني" (a long vowel: a surname) nor "تركماني". */
export const presentWithMeShaped = (word: string): boolean => /^[يت][^\u0627\u0648\u064a][^\u0648\u064a][^\u0627\u0648\u064a]ني$/.test(word);

/** "فيهز", "فترد": ف on a present of the third person of three letters (a given name such as "فيصل" the caller rules out). */
export const shortPresentBehindFa = (word: string): boolean => /^ف[يت][\u0621-\u064a]{2}$/.test(word);

/** "يعرف", "تفهم", "نملك": a present of four letters with no long vowel after its prefix (not "يوفنتوس", "نيس"). */
export const shortPresentShaped = (word: string): boolean => /^[يتن][^\u0627\u0648\u064a][\u0621-\u064a]{2}$/.test(word);
