import type { CliValues } from '../parse-argv.js';
import { bibliography } from './bibliography.js';
import { exportAs } from './export.js';
import { citationList, outline, peopleList, text } from './listings.js';
import { quoteList } from './quotes.js';
import { searchText } from './search.js';
import { timelineList } from './timeline.js';

/** A command: its positional arguments and the options in, the text to print out. */
export type Command = (args: readonly string[], values: CliValues) => string;

/** Every command by name, in the order the help lists them. */
export const commands: ReadonlyMap<string, Command> = new Map<string, Command>([
  ['outline', outline],
  ['text', text],
  ['search', searchText],
  ['quotes', quoteList],
  ['citations', citationList],
  ['bibliography', bibliography],
  ['timeline', timelineList],
  ['people', peopleList],
  ['export', exportAs],
]);
