import { lexicon } from '../../lexicon';
import { givenNames } from '../../lexicon/given-names';
import { procliticReadings } from '../../matcher';
import { perWord } from '../../text/vocabulary';
import type { PersonRule } from '../rule';
import { personWordBit, personWordBits } from '../word-bits';
import { looksLikeNameStart } from '../words';

/** Nationality adjectives (data/roles.json nationalities), normalized, masculine and feminine. */
const NATIONALITIES: ReadonlySet<string> = lexicon.nationalities;
/** ("والكونغولي X Y": behind و or ف too, where no definite noun comes before it.) */
const isNationality = perWord((word) => NATIONALITIES.has(word) || (/^[وف]/.test(word) && NATIONALITIES.has(word.slice(1))));
const NATIONALITY = personWordBit(isNationality);

/** With the article, behind a proclitic or not ("الشعب", "للشعب", "والجيش"). */
const definite = (word: string) => procliticReadings(word).some(([, stem]) => stem.startsWith('ال'));

export const nameAfterNationality: PersonRule = {
  name: 'name after nationality',
  why: 'A nationality adjective that describes no noun before it ("سجل البرتغالي X Y", "وأضاف الصربي X Y") stands for a person, whose name follows.',
  examples: [
    { text: 'وافتتح البرازيلي ماركوس لياندرو التسجيل في الدقيقة العاشرة من ركلة حرة.', person: 'ماركوس لياندرو' },
    { text: 'وأضاف الكرواتي إيفان بيريشكو بالرأس الهدف الثاني قبل نهاية الشوط الأول.', person: 'إيفان بيريشكو' },
    { text: 'وفازت الإيطالية جوليا مارينو بالجائزة الأولى في المهرجان.', person: 'جوليا مارينو' },
    { text: 'وبعد الاستراحة قلص الغاني أوسي الفارق بضربة حرة.', person: 'أوسي' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let k = 1; k + 2 < tokens.length; k++) {
      const t = tokens[k]!;
      if ((bits[k]! & NATIONALITY) === 0 || !t.joinsNext || scan.covered[k]) continue;
      // ("سيونيك الأرميني "سيعيد رسم…": a quotation mark after the adjective opens someone's words, no name.)
      if (scan.doc.norm.text.slice(t.end, tokens[k + 1]!.start).trim() !== '') continue;
      // After a definite noun or a name it describes that noun ("الشعب الفلسطيني", "مدرب الهلال الإيطالي"): the role rules decide.
      const prev = tokens[k - 1]!;
      // "اليمني والسوري و الليبي": one of several adjectives.
      if (prev.text.length === 1) continue;
      if (prev.joinsNext && (definite(prev.text) || !scan.free(k - 1) || scan.finder.roles.longestAt(tokens, k - 1, k))) continue;
      // The sentence is verb first: a definite word after two name words is the verb's object ("X Y الهدف الثاني").
      const objectAfterTwo = scan.nameAt(k + 1, 2) === 2 && tokens[k + 3]?.text.startsWith('ال') && tokens[k + 2]!.joinsNext;
      // ("ثم قلص الغاني X الفارق": one name word before what a scorer scores.)
      const oneBeforeScored = tokens[k + 1]!.joinsNext && scan.free(k + 1) && givenNames().scoring.objects.has(tokens[k + 2]!.text) && looksLikeNameStart(tokens[k + 1]!.text, scan.finder);
      const size = objectAfterTwo ? 2 : scan.nameAt(k + 1) || (oneBeforeScored ? 1 : 0);
      if (size > 0) scan.addName(tokens.slice(k + 1, k + 1 + size), t);
    }
  },
};
