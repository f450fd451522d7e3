import { inSetBehindConjunction } from '../../clitics';
import type { PersonRule } from '../rule';
import { looksLikeNameStart, softGap } from '../words';

export const nameBeforeRole: PersonRule = {
  name: 'name before role',
  why: 'After a speech verb a two-word name set off by a comma before a role ("قال سعد الشهري، مدرب الاتفاق") is who holds the role.',
  examples: [
    { text: 'وقال فارس الدباغ، مدرب الفريق، إن اللاعبين قدموا مباراة كبيرة.', person: 'فارس الدباغ' },
    { text: 'وأكد مازن العطار، المتحدث باسم الهلال الأحمر، أن القافلة وصلت.', person: 'مازن العطار' },
  ],
  apply(scan) {
    const { tokens, doc, finder } = scan;
    for (const role of scan.roles) {
      const r = role.firstToken;
      if (r < 3 || role.proclitic !== '' || tokens[r - 1]!.joinsNext || !softGap(doc, tokens[r - 1]!, tokens[r]!)) continue;
      const first = tokens[r - 2]!;
      const second = tokens[r - 1]!;
      if (!scan.free(r - 2) || !scan.free(r - 1) || !first.joinsNext || !tokens[r - 3]!.joinsNext) continue;
      if (!inSetBehindConjunction(finder.speechVerbs, tokens[r - 3]!.text)) continue;
      // ("مدير المحطة، الشاب X": a role is no name's first word.)
      if (looksLikeNameStart(first.text, finder) && looksLikeNameStart(second.text, finder, true) && scan.nameAt(r - 2, 2) === 2) scan.addName([first, second], tokens[r]!);
    }
  },
};
