import { lexicon, stems } from '../../speech';
import { lastWordsIn } from '../../text/tokens';
import { lowerBound, mentionRef } from '../model';
import type { SpeakerRule } from './rule';

/** How many words before the opening mark are read: the noun, a title, the owner's name, "بأن" and a few words. */
const WORDS_BACK = 16;
/** Words between "أن" and the opening mark ("بأن موسكو «…»"). */
const MAX_AFTER_COMPLEMENTIZER = 4;
/** Words between the statement noun and its owner's name: a title and its complement ("تصريح المتحدث باسم الكرملين X"). */
const MAX_TITLE_WORDS = 6;
/** Adjectives between the owner's name and "أن" ("تصريحات X الأخيرة بأن"). */
const MAX_AFTER_OWNER = 1;

export const statementNamedBefore: SpeakerRule = {
  name: 'statement named before',
  why: 'A statement and its owner named right before the quote ("ردا على تصريحات الوزير X بأن موسكو «…»") quote the owner, not whoever speaks in the rest of the sentence.',
  examples: [
    { text: 'وعلق المحلل سامي الأهدل على تصريحات الوزير الروسي سيرغي لافروف بأن موسكو "لن تتراجع عن شروطها مهما طال الوقت"، معتبرا أنها رسالة للغرب.', quote: 'لن تتراجع عن شروطها مهما طال الوقت', speaker: 'سيرغي لافروف' },
    { text: 'وجاء ذلك بعد تصريح الناطق باسم الرئاسة الروسية دميتري بيسكوف بأن المحادثات «معلقة إلى أجل غير مسمى»، وهو ما نفته كييف.', quote: 'معلقة إلى أجل غير مسمى', speaker: 'دميتري بيسكوف' },
    { text: 'وفي تعليقه على إعلان الرئيس فولوديمير زيلينسكي بأن كييف "لن تقبل بالتخلي عن أي أرض محتلة"، قال الخبير ماهر سليم إن الموقف متوقع.', quote: 'لن تقبل بالتخلي عن أي أرض محتلة', speaker: 'فولوديمير زيلينسكي' },
  ],
  apply({ text, outerStart, mentions, mentionStarts, sentenceFrom }) {
    // (Most quotes have no complementizer among the few words before them: those tell; the rest is read only then.)
    const near = lastWordsIn(text, sentenceFrom, outerStart, MAX_AFTER_COMPLEMENTIZER);
    if (!near.some((w) => lexicon.complementizers.has(w.norm))) return undefined;
    const words = lastWordsIn(text, sentenceFrom, outerStart, WORDS_BACK);
    for (let c = words.length - 1; c >= 0 && words.length - 1 - c < MAX_AFTER_COMPLEMENTIZER; c--) {
      if (!lexicon.complementizers.has(words[c]!.norm)) continue;
      const k = lowerBound(mentionStarts, words[c]!.start) - 1;
      const owner = mentions[k];
      if (!owner || owner.start < words[0]!.start) return undefined;
      const ownerFirst = words.findIndex((w) => w.end > owner.start);
      // (Only an adjective of the statement between: "تصريحات X الأخيرة بأن"; "على تصريحات X بالقول إن" is the subject's own speech.)
      const between = words.slice(ownerFirst, c).filter((w) => w.start >= owner.end);
      if (between.length > MAX_AFTER_OWNER || between.some((w) => !w.norm.startsWith('ال'))) return undefined;
      for (let n = ownerFirst - 1; n >= 0 && ownerFirst - n <= MAX_TITLE_WORDS + 1; n--) {
        // (Another actor between the noun and the owner is the title's complement: "المتحدث باسم الكرملين".)
        if (stems(words[n]!.norm).some((s) => lexicon.ownedStatements.has(s))) return { speaker: mentionRef(owner) };
      }
      return undefined;
    }
    return undefined;
  },
};
