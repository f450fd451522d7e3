// What every subcommand provides, and the error type that prints as one line.

export interface Command {
  /** One line for `sada --help`. */
  summary: string;
  /** The text printed by `sada <command> --help`. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/** An error the user caused (bad file, bad option): printed as one line, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * The command as the user ran it, for usage lines: "sada" through the package's
 * bin (npx sada, an installed link), else "node <script>" as typed.
 */
export function programName(argv1 = process.argv[1] ?? 'sada', cwd = process.cwd()): string {
  const script = argv1.replace(/\\/g, '/');
  const base = script.slice(script.lastIndexOf('/') + 1);
  if (base === 'sada') return 'sada';
  const prefix = cwd.replace(/\\/g, '/').replace(/\/?$/, '/');
  return `node ${script.startsWith(prefix) ? script.slice(prefix.length) : script}`;
}

/** Help and usage text written with "sada" as the command, said with the command as run. */
export function asRun(text: string, program = programName()): string {
  return text.replace(/\bsada(?= )/g, program);
}
