// Mentions of unseen text (issue 9, read on blind33): on a page about no conflict, a country after a delegation
// and من ("وزراء من جورجيا", "وفدان من قطر") is the state that sends them, an actor, where other places after من
// stay places. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const analysis = (text: string) => analyze(text, { stopEarly: false });
const statesOf = (text: string): string[] => analysis(text).actors.filter((a) => a.type === 'state').map((a) => a.id ?? a.name.ar);

describe('a page about no conflict: a country that sends a delegation is an actor', () => {
  const sent: Array<[string, string[]]> = [
    ['وافتتح المعرض الزراعي أمس بمشاركة وزراء من جورجيا ورومانيا، وقالت المنظمة إن الصفقات فاقت التوقعات.', ['georgia', 'romania']],
    ['وحضر المنتدى الاقتصادي وفدان من قطر وتركيا بصفة مراقب، إلى جانب رجال أعمال من المنطقة.', ['qatar', 'turkey']],
    ['وتحدث في الجلسة الختامية للمؤتمر العلمي دبلوماسيون من المجر عن برامج المنح للطلاب.', ['hungary']],
    ['ووصل إلى المعرض التجاري وفد من الكويت يضم رجال أعمال ومسؤولين في غرفة التجارة.', ['kuwait']],
  ];
  for (const [text, kept] of sent) {
    it(kept.join(', '), () => {
      const found = statesOf(text);
      for (const id of kept) expect(found).toContain(id);
    });
  }
  it('guests, goods and teams from a country are still only a place', () => {
    const text = 'وافتتح المعرض الزراعي أمس بحضور ضيوف من مصر وتونس، وعرضت فيه منتجات من المغرب، وقالت المنظمة إن الإقبال كبير.';
    const found = statesOf(text);
    for (const id of ['egypt', 'tunisia', 'morocco']) expect(found).not.toContain(id);
  });
});
