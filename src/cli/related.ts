// `sada related FILE [--json]`: the earlier statements the popup lists for a page.
import { analyze, relatedStatements, renderHits } from '../core';
import { CliError, type Command } from './command';
import { openCorpus } from './corpus-build';
import { readArticle } from './input';
import { terminalJson, withControlsShown } from './terminal';
import { basename } from 'node:path';

const HELP = `usage: sada related [--html] [--json] [--index FILE] [--limit N] [--url URL] FILE
  Analyzes FILE ("-" for standard input) and lists related statements from
  the corpus: by the page's speakers and on its conflicts, closest to the
  page's own quotes and newest first; one statement reported by several
  outlets is one result with all its sources.
  --html        FILE is an HTML page
  --url URL     the page's address: its own statements are left out
                (default: FILE's name, as the corpus builder records it)
  --limit N     at most N results (default 10)
  --index FILE  the index to read (default dist/corpus.json)
  --json        print the results as JSON`;

export const relatedCommand: Command = {
  summary: 'statements related to an article (its speakers and conflicts)',
  help: HELP,
  async run(args) {
    let json = false;
    let html = false;
    let index: string | undefined;
    let url: string | undefined;
    let limit = 10;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--json') json = true;
      else if (a === '--html') html = true;
      else if (a === '--index' || a === '--url' || a === '--limit') {
        const v = args[++i];
        if (v === undefined) throw new CliError(`related: ${a} needs a value`, 2);
        if (a === '--index') index = v;
        else if (a === '--url') url = v;
        else {
          limit = Number(v);
          if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new CliError('related: --limit needs a number from 1 to 1000', 2);
        }
      } else if (a.startsWith('--')) throw new CliError(`related: unknown option ${a}`, 2);
      else files.push(a);
    }
    if (files.length !== 1) throw new CliError('related: give exactly one FILE (or - for standard input)', 2);
    const corpus = openCorpus(index);
    const text = await readArticle(files[0]!, html);
    const analysis = analyze(text);
    const hits = relatedStatements(analysis, text, corpus, { limit, excludeSource: url ?? basename(files[0]!) });
    if (json) {
      const page = { conflicts: analysis.conflicts, speakers: [...new Set(analysis.quotes.map((q) => q.speaker?.id).filter(Boolean))] };
      process.stdout.write(`${terminalJson({ page, results: hits })}\n`);
    } else process.stdout.write(`${renderHits(withControlsShown(hits), process.stdout.isTTY === true && !process.env.NO_COLOR)}\n`);
    return 0;
  },
};
