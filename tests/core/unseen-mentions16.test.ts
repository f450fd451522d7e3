// Mentions of unseen text (issue 9, mentions16): a kunya that ends the text; given names Arabic news prints
// for Armenians; words that end a name (a verb with "me" as its object, a note in brackets) and "على" after
// "أم". Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

describe('a kunya as the last words of the text', () => {
  const texts = ['وفي المخيم جلس المزارع أبو سامي', 'وقال الجار أبو سامي', 'وتنتظر في الطابور منذ الفجر أم خليل'];
  for (const text of texts) it(text, () => expect(() => analyze(text, { stopEarly: false })).not.toThrow());
});
