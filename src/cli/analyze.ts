// `sada analyze [--json] [--html] FILE|-`: the analyzer on one text or page.
import { analyze, type Analysis } from '../core';
import { CliError, type Command } from './command';
import { readArticle } from './input';
import { renderForHumans } from './render';
import { terminalJson } from './terminal';

const HELP = `usage: sada analyze [--json] [--html] FILE
  Analyzes the text in FILE ("-" reads standard input): language, conflicts,
  actors and quotes with their speakers.
  --json   print the analysis as JSON (offsets are UTF-16 indices into the text)
  --html   FILE is an HTML page: analyze its main article's text
           (with --json, the extracted text is included as "text")
  --color / --no-color   force or suppress ANSI colour in the human view
  FILE is UTF-8 or UTF-16 text (or HTML), at most 16 MB. In the human view
  the text is printed with its marks (a legend comes first); control
  characters in it are shown as visible signs (ESC as ␛), never sent raw.`;

export const analyzeCommand: Command = {
  summary: 'analyze one article (text or --html page): actors, quotes, conflicts',
  help: HELP,
  async run(args) {
    let json = false;
    let html = false;
    let colour: boolean | undefined;
    const files: string[] = [];
    for (const a of args) {
      if (a === '--json') json = true;
      else if (a === '--html') html = true;
      else if (a === '--color' || a === '--colour') colour = true;
      else if (a === '--no-color' || a === '--no-colour') colour = false;
      else if (a.startsWith('--')) throw new CliError(`analyze: unknown option ${a}`, 2);
      else files.push(a);
    }
    if (files.length !== 1) throw new CliError('analyze: give exactly one FILE (or - for standard input)', 2);
    const text = await readArticle(files[0]!, html);
    // The full analysis: gold pages that are not about a conflict still have quotes.
    const analysis = analyze(text, { stopEarly: false });
    if (json) {
      const out: Analysis & { text?: string } = html ? { ...analysis, text } : analysis;
      process.stdout.write(`${terminalJson(out)}\n`);
    } else {
      const useColour = colour ?? (process.stdout.isTTY === true && !process.env.NO_COLOR);
      process.stdout.write(`${renderForHumans(text, analysis, useColour)}\n`);
    }
    return 0;
  },
};
