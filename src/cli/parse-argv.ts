import { parseArgs, type ParseArgsConfig } from 'node:util';
import { andList, commands, commandsTaking } from './commands/index.js';
import { cliOptions, type CliOptionName } from './options.js';
import { UsageError } from './usage-error.js';

/** The options as parsed: a string for an option that takes a value, `true` for a flag given. */
export type CliValues = {
  readonly [K in CliOptionName]?: (typeof cliOptions)[K]['takesValue'] extends true ? string : boolean;
};

const optionNames = Object.keys(cliOptions) as CliOptionName[];

const parseArgsOptions: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  optionNames.map((name) => {
    const option = cliOptions[name];
    return [name, { type: option.takesValue ? 'string' : 'boolean', ...('short' in option ? { short: option.short } : {}) }];
  }),
);

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: parseArgsOptions, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      throw new UsageError(`unknown option '${option}' (see --help)`);
    }
    throw new UsageError(message.split('\n')[0]!);
  }
}

/**
 * Parses the arguments: the command, its positional arguments and the options. Throws a
 * usage error on an unknown option, or one given to a command that does not take it (the
 * command table says which take which).
 */
export function parseArgv(argv: readonly string[]): { command: string | undefined; args: string[]; values: CliValues } {
  const { values, positionals } = parse(argv);
  const [command, ...args] = positionals;
  const chosen = command === undefined ? undefined : commands.get(command);
  if (!values['help'] && !values['version'] && chosen) {
    for (const name of optionNames) {
      if (values[name] === undefined || name === 'help' || name === 'version' || chosen.options.includes(name)) continue;
      throw new UsageError(`--${name} only applies to ${andList(commandsTaking(name))}`);
    }
  }
  return { command, args, values: values as CliValues };
}
