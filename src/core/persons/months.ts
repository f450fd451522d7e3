// "في رمضان", "منذ 12 شعبان", "رجب الماضي": a given name that is also a month
// (data/given-names.json `months`) is the month there, no person's mention.
import { givenNames } from '../lexicon/given-names';
import type { Token } from '../matcher';
import { perWord } from '../text/vocabulary';

const isMonthName = perWord((word) => givenNames().months.names.has(word));

/** Token k is a month name read as the month: after a day number or a time word, or before "الماضي"/"المقبل". */
export function monthAt(tokens: Token[], k: number): boolean {
  const { months } = givenNames();
  const t = tokens[k];
  if (!t || !isMonthName(t)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before?.joinsNext && (/^[0-9]+$/.test(before.text) || months.before.has(before.text))) return true;
  return !!after && t.joinsNext && months.after.has(after.text);
}
