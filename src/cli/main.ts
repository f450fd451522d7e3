// Sada's command-line tool: a small dispatcher over subcommands, each in its own file.
// A new subcommand = a new file exporting a `Command` + one line in `commands` below.
import { version } from '../../package.json';
import { analyzeCommand } from './analyze';
import { asRun, CliError, type Command } from './command';
import { corpusCommand } from './corpus-build';
import { relatedCommand } from './related';
import { searchCommand } from './search';
import { printable } from './terminal';

const commands: Record<string, Command> = {
  analyze: analyzeCommand,
  corpus: corpusCommand,
  search: searchCommand,
  related: relatedCommand,
};

function usage(): string {
  const lines = ['usage: sada <command> [options]', '       sada --version', '', 'commands:'];
  for (const [name, command] of Object.entries(commands)) lines.push(`  ${name.padEnd(16)}${command.summary}`);
  lines.push('', 'Run "sada <command> --help" for the options of one command.');
  return asRun(lines.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // Run wrongly (no command): the usage is the error message, on stderr like every other.
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`sada ${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`sada: unknown command "${printable(name)}"\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${asRun(command.help)}\n`);
    return 0;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // One clear line for the user (no raw control bytes); the stack only when asked for.
    const message = err instanceof CliError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(`sada: ${printable(message)}\n`);
    if (process.env.SADA_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
  },
);
