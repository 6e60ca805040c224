import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

const options = {
  json: { type: 'boolean' },
  limit: { type: 'string' },
  speaker: { type: 'string' },
  source: { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  person: { type: 'string' },
  place: { type: 'string' },
  'source-iri': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which command each command-specific option belongs to. */
const optionCommand: Readonly<Record<string, readonly string[]>> = {
  limit: ['search'],
  speaker: ['quotes'],
  source: ['quotes'],
  format: ['bibliography', 'export'],
  from: ['timeline'],
  to: ['timeline'],
  person: ['timeline'],
  place: ['timeline'],
  'source-iri': ['export'],
};

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      throw new UsageError(`unknown option '${option}' (see --help)`);
    }
    throw new UsageError(message.split('\n')[0]!);
  }
}

/** The options as parsed. */
export type CliValues = ReturnType<typeof parse>['values'];

/**
 * Parses the arguments: the command, its positional arguments and the options. Throws a
 * usage error on an unknown option, or one given to a command it does not belong to.
 */
export function parseArgv(argv: readonly string[]): { command: string | undefined; args: string[]; values: CliValues } {
  const { values, positionals } = parse(argv);
  const [command, ...args] = positionals;
  if (!values.help && !values.version) {
    for (const [option, owners] of Object.entries(optionCommand)) {
      if (values[option as keyof CliValues] !== undefined && !owners.includes(command ?? '')) {
        throw new UsageError(`--${option} only applies to ${owners.join(' and ')}`);
      }
    }
  }
  return { command, args, values };
}
