import type { CliOptionName } from '../options.js';
import type { CliValues } from '../parse-argv.js';
import { bibliography } from './bibliography.js';
import { exportAs } from './export.js';
import { citationList, outline, peopleList, text } from './listings.js';
import { quoteList } from './quotes.js';
import { searchText } from './search.js';
import { timelineList } from './timeline.js';

/** A command: its positional arguments, the options it takes, what the help says, and what it prints. */
export interface Command {
  /** Its positional arguments as the help writes them (`<query>`); their number is its arity. */
  readonly args: readonly string[];
  /** The options it takes, besides `--help` and `--version`. */
  readonly options: readonly CliOptionName[];
  /** What it does, for the help. */
  readonly summary: string;
  /** What it prints, for the options, its arguments and the package version. */
  readonly run: (values: CliValues, args: readonly string[], version: string) => string;
}

/** Every command by name, in the order the help lists them. */
export const commands: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['outline', { args: [], options: ['json'], summary: 'the sections of the essay, with their paragraphs', run: outline }],
  ['text', { args: [], options: ['json'], summary: 'the whole text, as published', run: text }],
  ['search', { args: ['<query>'], options: ['json', 'limit'], summary: 'literal, case- and accent-insensitive search', run: searchText }],
  ['quotes', { args: [], options: ['json', 'speaker', 'source'], summary: 'every quotation, term and title in quotation marks', run: quoteList }],
  ['citations', { args: [], options: ['json'], summary: 'every in-text citation, "ibid." resolved', run: citationList }],
  ['bibliography', { args: [], options: ['json', 'format'], summary: 'the bibliography', run: bibliography }],
  ['timeline', { args: [], options: ['json', 'from', 'to', 'person', 'place'], summary: 'the events in date order', run: timelineList }],
  ['people', { args: [], options: ['json'], summary: 'the people the essay names, with their mentions', run: peopleList }],
  ['export', { args: [], options: ['json', 'format', 'source-iri'], summary: 'the edition in a standard format (--format)', run: exportAs }],
]);

/** A command as the help and messages write it: `search <query>`. */
export function commandUsage(name: string): string {
  return [name, ...(commands.get(name)?.args ?? [])].join(' ');
}

/** The commands an option belongs to. */
export function commandsTaking(option: CliOptionName): string[] {
  return [...commands].filter(([, command]) => command.options.includes(option)).map(([name]) => name);
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
