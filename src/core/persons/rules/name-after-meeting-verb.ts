import { inSetBehindConjunction } from '../../clitics';
import { lexicon } from '../../lexicon';
import { givenNames } from '../../lexicon/given-names';
import type { PersonRule } from '../rule';
import { givenNameBehindBa } from '../words';
import { restOfName } from '../name-chains';
import { personWordBit, personWordBits } from '../word-bits';

/** Words of the verb's subject between the verb and the one met ("التقت مراسلتنا ب…", "تحدثت الصحيفة الأسبوعية مع…"). */
const MAX_SUBJECT_WORDS = 2;
/** Any given name of ours: behind a preposition of meeting even one that is also a word names someone ("مع آمنة X"). */
const givenName = (word: string) => givenNames().byWord.has(word);

/** A verb of meeting, itself or behind و/ف ("والتقت"): asked of every token, answered once per word. */
const MEETING_VERB = personWordBit((t) => inSetBehindConjunction(lexicon.meetingVerbs, t.text));

export const nameAfterMeetingVerb: PersonRule = {
  name: 'name after meeting verb',
  why: 'Whom a report meets, calls or talks with ("التقينا بسعاد X", "تحدثت الصحيفة مع آمنة X") is a person: a given name of ours behind ب, مع or إلى and one or two more words.',
  examples: [
    { text: 'التقينا بسعاد الحلبي في ساحة المستشفى حيث تنتظر خبرا عن ابنها.', person: 'سعاد الحلبي' },
    { text: 'وتحدثت الصحيفة مع آمنة عبد الرحيم التي فرت من المدينة سيرا على الأقدام.', person: 'آمنة عبد الرحيم' },
    { text: 'اتصلنا بمحمود الشريف، وهو صاحب مخبز في المدينة، فقال إن الطحين نفد.', person: 'محمود الشريف' },
    { text: 'والتقت الوكالة بنادية الشامي في مكتبها الصغير وسط المدينة.', person: 'نادية الشامي' },
  ],
  apply(scan) {
    const { tokens } = scan;
    const bits = personWordBits(tokens);
    for (let v = 0; v + 2 < tokens.length; v++) {
      if ((bits[v]! & MEETING_VERB) === 0) continue;
      for (let k = v + 1; k <= v + 1 + MAX_SUBJECT_WORDS && k + 1 < tokens.length; k++) {
        if (!tokens[k - 1]!.joinsNext || !scan.free(k)) break;
        const t = tokens[k]!;
        const apart = lexicon.meetingPrepositions.has(t.text) && givenName(tokens[k + 1]!.text) && scan.free(k + 1);
        const first = apart ? tokens[k + 1]! : givenNameBehindBa(t);
        if (!first) continue;
        const at = apart ? k + 1 : k;
        const size = restOfName(scan, at + 1);
        if (size > 0) scan.addName([first, ...tokens.slice(at + 1, at + 1 + size)], first);
        break;
      }
    }
  },
};
