// Statements for the tests, written the way outlets print them.
import { buildCorpus } from '../../src/core/corpus/build';
import { Corpus } from '../../src/core/corpus/search';
import { loadCorpus } from '../../src/core/corpus/segment';
import type { Statement } from '../../src/core/corpus/types';

export function statement(quote: string, over: Partial<Statement> = {}, before = 'وقال المتحدث: "', after = '".'): Statement {
  const context = `${before}${quote}${after}`;
  return {
    kind: 'direct',
    context,
    quoteStart: before.length,
    quoteEnd: before.length + quote.length,
    speaker: null,
    date: '2023-09-19',
    outlet: 'RT Arabic',
    source: 'a.txt',
    title: null,
    conflict: 'karabakh',
    ...over,
  };
}

/** Builds, serializes through JSON (as the file is) and loads. */
export function corpusOf(statements: Statement[], user: Statement[] = []): Corpus {
  const segments = [loadCorpus(JSON.parse(JSON.stringify(buildCorpus(statements))), 'bundled')];
  if (user.length) segments.push(loadCorpus(buildCorpus(user), 'user'));
  return new Corpus(segments);
}

export const PESKOV = { id: 'dmitry-peskov', name: 'بيسكوف' };
export const ZAKHAROVA = { id: 'maria-zakharova', name: 'زاخاروفا' };
