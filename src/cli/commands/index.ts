import type { CliValues } from '../parse-argv.js';
import { bibliography } from './bibliography.js';
import { exportAs } from './export.js';
import { citationList, outline, peopleList, text } from './listings.js';
import { quoteList } from './quotes.js';
import { searchText } from './search.js';
import { timelineList } from './timeline.js';

/** A command: how many positional arguments it takes, and what it prints for the options and them. */
export interface Command {
  readonly arity: number;
  readonly run: (values: CliValues, args: readonly string[]) => string;
}

/** Every command by name, in the order the help lists them. */
export const commands: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['outline', { arity: 0, run: outline }],
  ['text', { arity: 0, run: text }],
  ['search', { arity: 1, run: searchText }],
  ['quotes', { arity: 0, run: quoteList }],
  ['citations', { arity: 0, run: citationList }],
  ['bibliography', { arity: 0, run: bibliography }],
  ['timeline', { arity: 0, run: timelineList }],
  ['people', { arity: 0, run: peopleList }],
  ['export', { arity: 0, run: exportAs }],
]);
