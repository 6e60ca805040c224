import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliName } from './cli-name.js';
import { type Command, helpOption } from './command.js';
import { flagUsage, type OptionSpec, type OptionSpecs, type ValuesOf } from './option.js';
import { quoteValue } from './quote-value.js';
import { UsageError } from './usage-error.js';

/** A command line read against one command's options. */
export interface ParsedArgv {
  /** `--help` or `-h` was given: the rest is not checked. */
  readonly help: boolean;
  /** The positional arguments. */
  readonly args: readonly string[];
  /** The options given, each parsed by its declaration (so of the type the declaration gives). */
  readonly values: ValuesOf<OptionSpecs>;
}

function declared(command: Command, name: string): OptionSpec | undefined {
  if (name === 'help') return helpOption;
  return Object.hasOwn(command.options, name) ? command.options[name] : undefined;
}

function parseConfig(command: Command): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, option] of Object.entries(command.options)) {
    config[name] = { type: option.kind === 'value' ? 'string' : 'boolean', ...(option.kind === 'flag' && option.short ? { short: option.short } : {}) };
  }
  return config;
}

/**
 * Reads the arguments after a command's name against the options that command declares. A
 * value-taking option takes the next argument whatever it is (`--limit -1` is a bad limit, not a
 * missing one). Throws a usage error on an option the command does not take, an option given
 * twice, a flag given a value (`--json=yes`), a value missing, or a value its declaration refuses.
 */
export function parseArgv(command: Command, argv: readonly string[]): ParsedArgv {
  // Not strict: the checks below give the CLI's own messages, with the value quoted safely.
  const { tokens } = parseArgs({ args: [...argv], options: parseConfig(command), allowPositionals: true, strict: false, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: true, args: [], values: {} };
  const args: string[] = [];
  const values: Record<string, unknown> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') args.push(token.value);
    if (token.kind !== 'option') continue;
    const option = declared(command, token.name);
    if (!option) throw new UsageError(`unknown option ${quoteValue(token.rawName)} for '${command.name}' (see ${cliName} help ${command.name})`);
    if (Object.hasOwn(values, token.name)) throw new UsageError(`--${token.name} is given more than once`);
    if (option.kind === 'flag') {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value, got ${quoteValue(token.value)}`);
      values[token.name] = true;
    } else {
      if (token.value === undefined) throw new UsageError(`--${token.name} needs a value: ${flagUsage(token.name, option)}`);
      values[token.name] = option.parse(token.value);
    }
  }
  // Each value came from its own declaration's `parse`, which is what ValuesOf says.
  return { help: false, args, values: values as ValuesOf<OptionSpecs> };
}
