import { parseArgs } from 'node:util';
import { blocks } from '../data/blocks.js';
import { essay } from '../data/essay.js';
import { sections } from '../data/sections.js';
import { search } from '../text/search.js';
import { toPlainText } from '../text/to-plain-text.js';
import { renderOutline } from './render-outline.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A usage error: the CLI prints its message on one line and exits with code 2. */
class UsageError extends Error {}

const name = 'destalinisation-essay';

const help = `Usage: ${name} <command> [options]

The essay "${essay.title}" (${essay.written}) as data.

Commands:
  outline            the sections of the essay, with their paragraphs
  text               the whole text, as published
  search <query>     literal, case- and accent-insensitive search

Options:
  --json             print JSON instead of text
  --limit <n>        search: stop after n hits
  -h, --help         show this help
  -v, --version      show the version
`;

const options = {
  json: { type: 'boolean' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

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

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value);
  if (!/^[0-9]+$/.test(value) || limit < 1) {
    throw new UsageError(`--limit expects a positive whole number, got '${value}'`);
  }
  return limit;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function expectArgs(command: string, args: readonly string[], count: number): void {
  if (args.length !== count) {
    const what = count === 0 ? 'no arguments' : `${count} argument`;
    throw new UsageError(`'${command}' takes ${what}, got ${args.length}`);
  }
}

/**
 * Runs the CLI on the given arguments and returns the exit code: 0 on success, 2 on a usage
 * error (one line on stderr).
 */
export function run(argv: readonly string[], io: CliIo, version: string): number {
  try {
    const { values, positionals } = parse(argv);
    if (values.help) return io.stdout(help), 0;
    if (values.version) return io.stdout(`${version}\n`), 0;
    const [command, ...args] = positionals;
    const limit = parseLimit(values.limit);
    if (limit !== undefined && command !== 'search') throw new UsageError('--limit only applies to search');
    switch (command) {
      case 'outline':
        expectArgs(command, args, 0);
        io.stdout(values.json ? json(sections) : renderOutline());
        return 0;
      case 'text':
        expectArgs(command, args, 0);
        io.stdout(values.json ? json(blocks) : toPlainText());
        return 0;
      case 'search': {
        expectArgs(command, args, 1);
        const hits = search(args[0]!, limit === undefined ? {} : { limit });
        if (values.json) io.stdout(json(hits));
        else io.stdout(hits.map((hit) => `${hit.blockId}:${hit.start}\t${hit.snippet}\n`).join(''));
        return 0;
      }
      case undefined:
        throw new UsageError('missing command: try outline, text or search <query> (see --help)');
      default:
        throw new UsageError(`unknown command '${command}': try outline, text or search <query> (see --help)`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${name}: ${error.message}\n`);
    return 2;
  }
}
