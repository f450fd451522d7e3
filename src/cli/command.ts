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
