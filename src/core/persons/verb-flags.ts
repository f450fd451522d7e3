// speechVerbToken (./words.ts) of every token of a list, read once per list: the rules that ask it of
// every token and of its neighbours read an array where each question was a call through a closure.
import type { ActorFinder } from '../finder';
import type { Token } from '../matcher';
import { speechVerbToken } from './words';

/** speechVerbFlags' lists read, with the verb set they were read for. */
const verbFlagsRead = new WeakMap<readonly Token[], { verbs: ReadonlySet<string>; flags: Uint8Array }>();

/** speechVerbToken of every token of the list, 1 or 0 (read again for another list or another verb set). */
export function speechVerbFlags(finder: ActorFinder, tokens: readonly Token[]): Uint8Array {
  const known = verbFlagsRead.get(tokens);
  if (known !== undefined && known.verbs === finder.speechVerbs && known.flags.length === tokens.length) return known.flags;
  const flags = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) if (speechVerbToken(finder, tokens[k]!)) flags[k] = 1;
  verbFlagsRead.set(tokens, { verbs: finder.speechVerbs, flags });
  return flags;
}
