import { cliName } from './cli-name.js';
import type { Command } from './command.js';
import { commands } from './commands/index.js';
import { commandHelp, generalHelp } from './help.js';
import { parseArgv } from './parse-argv.js';
import { quoteValue } from './quote-value.js';
import { UsageError } from './usage-error.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const seeHelp = `(see ${cliName} help)`;

function commandNamed(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command ${quoteValue(name)} ${seeHelp}`);
  return command;
}

/** `help`, `help <command>`. */
function helpText(args: readonly string[]): string {
  if (args.length > 1) throw new UsageError(`'help' takes at most 1 argument, got ${args.length}`);
  return args[0] === undefined ? generalHelp(commands) : commandHelp(commandNamed(args[0]));
}

function expectArgs(command: Command, args: readonly string[]): void {
  const count = command.args.length;
  if (args.length === count) return;
  const what = count === 0 ? 'no arguments' : `${count} argument`;
  throw new UsageError(`'${command.name}' takes ${what}, got ${args.length}`);
}

/** Writes a command's whole output to standard output: exit code 0. */
function written(io: CliIo, text: string): 0 {
  io.stdout(text);
  return 0;
}

/** Runs a command line and returns the exit code; a usage error is thrown. */
function runCommandLine(argv: readonly string[], io: CliIo, version: string): number {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`missing command ${seeHelp}`);
  if (first === 'help' || first === '--help' || first === '-h') return written(io, helpText(rest));
  if (first === '--version' || first === '-v') {
    if (rest.length > 0) throw new UsageError(`${first} takes nothing after it, got ${quoteValue(rest[0]!)}`);
    return written(io, `${version}\n`);
  }
  if (first.startsWith('-')) throw new UsageError(`expected a command before the options, got ${quoteValue(first)} ${seeHelp}`);
  const command = commandNamed(first);
  const { help, args, values } = parseArgv(command, rest);
  if (help) return written(io, commandHelp(command));
  expectArgs(command, args);
  const output = command.run({ values, args, version });
  if (typeof output === 'string') return written(io, output);
  io.stdout(output.stdout);
  io.stderr(`${cliName}: ${output.failure}\n`);
  return 1;
}

/**
 * Runs the CLI on the given arguments and returns the exit code: 0 on success, 1 when a command
 * finds nothing (a search with no hit; one line on stderr), 2 on a usage error (one line on
 * stderr, the values it quotes cut and escaped).
 */
export function run(argv: readonly string[], io: CliIo, version: string): number {
  try {
    return runCommandLine(argv, io, version);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${cliName}: ${error.message}\n`);
    return 2;
  }
}
