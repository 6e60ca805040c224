import type { FlagOption, OptionSpecs, ValuesOf } from './option.js';

/** What a command gets: its options, its positional arguments and the package version. */
export interface CommandInput<O extends OptionSpecs> {
  /** The options given, parsed by their declarations. */
  readonly values: ValuesOf<O>;
  /** The positional arguments, as many as the command declares. */
  readonly args: readonly string[];
  /** The package version. */
  readonly version: string;
}

/**
 * What a command prints: the text for stdout, or the text and a one-line failure for stderr that
 * makes the exit code 1 (a search with no hit, as `grep` does).
 */
export type CommandOutput = string | { readonly stdout: string; readonly failure: string };

/** A command: its arguments, the options it takes, what the help says, and what it prints. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** The name it is called by. */
  readonly name: string;
  /** Its positional arguments as the help writes them (`<query>`); their number is its arity. */
  readonly args: readonly string[];
  /** What it does, for the help. */
  readonly summary: string;
  /** The options it takes, in the order its help lists them (every command also takes `--help`). */
  readonly options: O;
  /** What it prints; throws a usage error on a bad value. */
  run(input: CommandInput<O>): CommandOutput;
}

/** Declares a command, so that `run` gets the values of exactly the options it declares. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command;
}

/** `--help`, which every command takes. */
export const helpOption: FlagOption = { kind: 'flag', short: 'h', help: 'show this command’s help' };

/** A command as the help and messages write it: `search <query>`. */
export function commandUsage(command: Command): string {
  return [command.name, ...command.args].join(' ');
}
