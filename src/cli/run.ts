import { parseArgs } from 'node:util';
import {
  blocks,
  citations,
  essay,
  formatLocator,
  formatReference,
  people,
  type Quote,
  quotes,
  quotesBy,
  quotesFrom,
  references,
  referenceStyles,
  search,
  sections,
  timeline,
  toBibTeX,
  toCslJson,
  toGraph,
  toMarkdown,
  toPlainText,
  toTimelineJs,
  toWebAnnotations,
} from '../index.js';
import { renderOutline } from './render-outline.js';

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A usage error: the CLI prints its message on one line and exits with code 2. */
class UsageError extends Error {}

const name = 'destalinisation-essay';
const bibliographyFormats = [...referenceStyles, 'csl', 'bibtex'];
const exportFormats = ['json', 'csl', 'bibtex', 'timelinejs', 'graph', 'annotations', 'markdown'];

const help = `Usage: ${name} <command> [options]

The essay "${essay.title}" (${essay.written}) as data.

Commands:
  outline                      the sections of the essay, with their paragraphs
  text                         the whole text, as published
  search <query>               literal, case- and accent-insensitive search
  quotes                       every quotation, term and title in quotation marks
  citations                    every in-text citation, "ibid." resolved
  bibliography                 the bibliography
  timeline                     the events in date order
  people                       the people the essay names, with their mentions
  export                       the edition in a standard format (--format)

Options:
  --json                       print JSON instead of text
  --limit <n>                  search: stop after n hits
  --speaker <person id>        quotes: only the words of this person (e.g. lenin)
  --source <reference id>      quotes: only those from this source (e.g. khrushchev-1956)
  --format <format>            bibliography: ${bibliographyFormats.join(' | ')}
                               export: ${exportFormats.join(' | ')}
  --from <date>, --to <date>   timeline: EDTF dates or years (e.g. 1956, 1956-10)
  --person <id>, --place <id>  timeline: only events of this person or place
  --source-iri <iri>           export annotations: the IRI of the plain text
  -h, --help                   show this help
  -v, --version                show the version
`;

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

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--limit expects a positive whole number, got '${value}'`);
  }
  return Number(value);
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

function clip(text: string, length = 70): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function selectQuotes(speaker: string | undefined, source: string | undefined): readonly Quote[] {
  let selected: readonly Quote[] = quotes;
  if (speaker !== undefined) {
    const bySpeaker = quotesBy(speaker);
    if (!bySpeaker) throw new UsageError(`--speaker: unknown person '${speaker}' (e.g. khrushchev, lenin, mao-zedong)`);
    selected = bySpeaker;
  }
  if (source !== undefined) {
    const fromSource = quotesFrom(source);
    if (!fromSource) throw new UsageError(`--source: unknown reference '${source}' (e.g. khrushchev-1956, filtzer-1993)`);
    selected = selected.filter((quote) => fromSource.includes(quote));
  }
  return selected;
}

function quoteLine(quote: Quote): string {
  const where = [quote.referenceId, quote.locator && formatLocator(quote.locator)].filter(Boolean).join(' ');
  return [quote.id, quote.kind, quote.speakerIds.join(',') || '-', where || '-', `‘${clip(quote.text)}’`].join('\t') + '\n';
}

function bibliography(format: string | undefined, asJson: boolean): string {
  const chosen = format ?? 'as-printed';
  if (chosen === 'csl') return json(toCslJson());
  if (chosen === 'bibtex') return toBibTeX();
  if (chosen !== 'as-printed' && chosen !== 'chicago-author-date') {
    throw new UsageError(`--format: unknown format '${chosen}'; expected ${bibliographyFormats.join(', ')}`);
  }
  if (asJson) return json(references.map((ref) => ({ id: ref.id, text: formatReference(ref, chosen) })));
  return references.map((ref) => `${formatReference(ref, chosen)}\n`).join('');
}

function exportAs(format: string | undefined, sourceIri: string | undefined): string {
  if (format === undefined) throw new UsageError(`export needs --format: ${exportFormats.join(', ')}`);
  if (sourceIri !== undefined && format !== 'annotations') throw new UsageError('--source-iri only applies to --format annotations');
  switch (format) {
    case 'json':
      return json({ sections, blocks, quotes, citations, references, people });
    case 'csl':
      return json(toCslJson());
    case 'bibtex':
      return toBibTeX();
    case 'timelinejs':
      return json(toTimelineJs());
    case 'graph':
      return json(toGraph());
    case 'annotations':
      if (sourceIri === undefined) throw new UsageError('--format annotations needs --source-iri <iri> (the address of the plain text)');
      try {
        return json(toWebAnnotations({ source: sourceIri }));
      } catch {
        throw new UsageError(`--source-iri: expected an absolute IRI without a fragment, got '${sourceIri}'`);
      }
    case 'markdown':
      return toMarkdown({ notes: true });
    default:
      throw new UsageError(`--format: unknown format '${format}'; expected ${exportFormats.join(', ')}`);
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
    for (const [option, owners] of Object.entries(optionCommand)) {
      if (values[option as keyof typeof values] !== undefined && !owners.includes(command ?? '')) {
        throw new UsageError(`--${option} only applies to ${owners.join(' and ')}`);
      }
    }
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
        const limit = parseLimit(values.limit);
        const hits = search(args[0]!, limit === undefined ? {} : { limit });
        if (values.json) io.stdout(json(hits));
        else io.stdout(hits.map((hit) => `${hit.blockId}:${hit.start}\t${hit.snippet}\n`).join(''));
        return 0;
      }
      case 'quotes': {
        expectArgs(command, args, 0);
        const selected = selectQuotes(values.speaker, values.source);
        io.stdout(values.json ? json(selected) : selected.map(quoteLine).join(''));
        return 0;
      }
      case 'citations':
        expectArgs(command, args, 0);
        io.stdout(
          values.json
            ? json(citations)
            : citations
                .map((c) => [c.id, c.text, c.referenceId, c.locator ? formatLocator(c.locator) : '-', c.repeatsId ? `ibid. of ${c.repeatsId}` : ''].join('\t').trimEnd() + '\n')
                .join(''),
        );
        return 0;
      case 'bibliography':
        expectArgs(command, args, 0);
        io.stdout(bibliography(values.format, values.json === true));
        return 0;
      case 'timeline': {
        expectArgs(command, args, 0);
        const year = (value: string | undefined) => (value !== undefined && /^[0-9]{1,4}$/.test(value) ? Number(value) : value);
        const options = Object.fromEntries(
          Object.entries({ from: year(values.from), to: year(values.to), person: values.person, place: values.place }).filter(([, v]) => v !== undefined),
        );
        let selected;
        try {
          selected = timeline(options);
        } catch (error) {
          throw new UsageError((error as Error).message.replace(/^timeline\(options\): /, '').replace(/^expected (\w+)/, '--$1: expected'));
        }
        io.stdout(values.json ? json(selected) : selected.map((e) => `${e.date}\t${e.dateBasis}\t${e.id}\t${e.title}\n`).join(''));
        return 0;
      }
      case 'people':
        expectArgs(command, args, 0);
        io.stdout(values.json ? json(people) : people.map((p) => `${p.id}\t${p.name}\t${p.mentions.length} mentions\t${p.description}\n`).join(''));
        return 0;
      case 'export':
        expectArgs(command, args, 0);
        io.stdout(exportAs(values.format, values['source-iri']));
        return 0;
      case undefined:
        throw new UsageError('missing command: try outline, text, search <query>, quotes, citations, bibliography, timeline, people or export (see --help)');
      default:
        throw new UsageError(`unknown command '${command}': try outline, text, search <query>, quotes, citations, bibliography, timeline, people or export (see --help)`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${name}: ${error.message}\n`);
    return 2;
  }
}
