/**
 * The frame every command-line script shares: exit codes (0 done, 1 the input cannot be used, 2 wrong usage), Chinese
 * messages on stderr and nothing else there, `--help` on stdout.
 */
import { readFileSync } from 'node:fs';

/** Wrong usage: its message (if any) and then the usage text go to stderr; exit 2. */
export class UsageError extends Error {}

/** A failure the script explains: the message goes to stderr, the process exits with `exitCode`. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** What a script's main returns: its exit code, or 'help' to print the usage text on stdout and exit 0. */
export type CliOutcome = number | 'help';

/** The whole text of a file, or a CliFailure that says why it cannot be read. */
export function readTextFile(file: string, exitCode: number): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliFailure(`无法读取文件“${file}”：${(error as Error).message}`, exitCode);
  }
}

/** One JSON line on stdout. */
export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Runs a script's main on the command line's arguments and sets the exit code from what it returns or throws. */
export async function runCli(usage: string, main: (args: readonly string[]) => CliOutcome | Promise<CliOutcome>): Promise<void> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  process.exitCode = await outcome(usage, main, process.argv.slice(2));
}

async function outcome(usage: string, main: (args: readonly string[]) => CliOutcome | Promise<CliOutcome>, args: readonly string[]): Promise<number> {
  try {
    const result = await main(args);
    if (result !== 'help') return result;
    process.stdout.write(`${usage}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `${error.message}\n` : ''}${usage}\n`);
      return 2;
    }
    if (error instanceof CliFailure) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
