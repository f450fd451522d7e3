// `sada search "QUERY" [--speaker ID] [--conflict ID] [--json]`: the statement corpus.
import { CONFLICT_IDS, renderHits, type SearchFilters } from '../core';
import { CliError, type Command } from './command';
import { openCorpus } from './corpus-build';
import { checkedDate, checkedRange, checkedSpeaker } from './filters';
import { terminalJson, withControlsShown } from './terminal';

const HELP = `usage: sada search "QUERY" [options]
  Searches the statement corpus (Arabic-aware: hamza forms, clitics, plural
  and pronoun endings) and prints the best statements, duplicates folded.
  --speaker ID     only statements by this actor id (e.g. dmitry-peskov;
                   an id the gazetteer lacks is an error)
  --conflict ID    only statements on this conflict (${CONFLICT_IDS.join(', ')})
  --from DATE, --to DATE   date range, YYYY-MM-DD (inclusive; real days only)
  --prefix         treat the last word as unfinished (as the popup does)
  --limit N        at most N results (default 10)
  --index FILE     the index to read (default dist/corpus.json)
  --json           print the results as JSON
  An empty QUERY with a filter lists the matching statements, newest first.`;

export const searchCommand: Command = {
  summary: 'search the statement corpus (--speaker, --conflict, --json)',
  help: HELP,
  async run(args) {
    const filters: SearchFilters = {};
    let json = false;
    let prefix = false;
    let limit = 10;
    let index: string | undefined;
    const words: string[] = [];
    const value = (i: number, name: string) => {
      const v = args[i];
      if (v === undefined) throw new CliError(`search: ${name} needs a value`, 2);
      return v;
    };
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--json') json = true;
      else if (a === '--prefix') prefix = true;
      else if (a === '--speaker') filters.speaker = checkedSpeaker('search', value(++i, a));
      else if (a === '--conflict') {
        filters.conflict = value(++i, a);
        if (!(CONFLICT_IDS as readonly string[]).includes(filters.conflict)) throw new CliError(`search: unknown conflict ${filters.conflict}`, 2);
      } else if (a === '--from' || a === '--to') {
        filters[a === '--from' ? 'from' : 'to'] = checkedDate('search', a, value(++i, a));
      } else if (a === '--limit') {
        limit = Number(value(++i, a));
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError('search: --limit needs a number from 1 to 1000', 2);
      } else if (a === '--index') index = value(++i, a);
      else if (a.startsWith('--')) throw new CliError(`search: unknown option ${a}`, 2);
      else words.push(a);
    }
    checkedRange('search', filters.from, filters.to);
    const query = words.join(' ');
    if (!query.trim() && !filters.speaker && !filters.conflict && !filters.from && !filters.to) {
      throw new CliError('search: give a QUERY or at least one filter', 2);
    }
    const hits = openCorpus(index).search(query, filters, { limit, prefix });
    if (json) process.stdout.write(`${terminalJson({ query, filters, results: hits })}\n`);
    else process.stdout.write(`${renderHits(withControlsShown(hits), process.stdout.isTTY === true && !process.env.NO_COLOR)}\n`);
    return 0;
  },
};
