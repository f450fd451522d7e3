import { givenNames } from '../../../lexicon/given-names';
import { lowerBound, speakerOf } from '../../model';
import type { Word } from '../../../speech';
import type { SubjectRule } from './rule';

/** How many words may describe the one named before the naming word ("مشجع مغربي شاب يدعى X"). */
const MAX_DESCRIPTION = 3;

/** Words a place may take between "من"/"في" and the naming word ("من دير البلح اسمها X"). */
const MAX_PLACE_WORDS = 2;

/** The naming word at word `to`, or after where they come from ("من"/"في" and a place), with no punctuation between; -1 if none. */
function namingWordAt(text: string, words: Word[], to: number): number {
  const naming = (j: number) => givenNames().namingWords.has(words[j]?.norm ?? '');
  if (naming(to)) return to;
  if (!givenNames().namingWordsFromPlace.has(words[to]?.norm ?? '')) return -1;
  for (let j = to + 2; j <= to + 1 + MAX_PLACE_WORDS && j < words.length; j++) {
    if (/[،,.:؛"«»“”]/.test(text.slice(words[j - 1]!.end, words[j]!.start))) return -1;
    if (naming(j)) return j;
  }
  return -1;
}

export const calledByName: SubjectRule = {
  name: 'called by name',
  why: 'A subject described, then a word that says what they are called ("وقال مشجع مغربي يدعى X، …") is X, no unnamed source.',
  examples: [
    { text: 'وقال المدرب حسن الإدريسي إن فريقه تعب. وقال متفرج تونسي يدعى رامي الشابي، وهو ممرض، إن الجمهور صفق للفريق، مضيفا: «كلنا رابحون في هذه البطولة».', quote: 'كلنا رابحون في هذه البطولة', speaker: 'رامي الشابي' },
    { text: 'وقال الوزير كريم داود إن المعبر مغلق. وقالت سيدة تدعى هالة النمر للصحفيين: "لم نر شاحنة واحدة منذ أسبوع".', quote: 'لم نر شاحنة واحدة منذ أسبوع', speaker: 'هالة النمر' },
    { text: 'وقال الوزير كريم داود إن المعبر مغلق. ويكتب لي زميل من الموصل اسمه فراس الجبوري، وهو مهندس: "الجسر لم يصلح بعد".', quote: 'الجسر لم يصلح بعد', speaker: 'فراس الجبوري' },
  ],
  apply({ text, words, from, to, ctx }) {
    if (to <= from || to - from > MAX_DESCRIPTION || ctx.attribution) return undefined;
    const at = namingWordAt(text, words, to);
    if (at < 0) return undefined;
    const after = words[at + 1];
    const m = after ? ctx.mentions[lowerBound(ctx.mentionStarts, after.start)] : undefined;
    return m && m.start === after!.start && m.actor.type === 'person' ? { kind: 'explicit', speaker: speakerOf(m, ctx.state) } : undefined;
  },
};
