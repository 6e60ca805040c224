import { type Event, timeline } from '../../index.js';
import { json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { UsageError } from '../usage-error.js';

/** `timeline`: the events in date order, a line each, filtered by date, person or place. */
export function timelineList(values: CliValues): string {
  const year = (value: string | undefined) => (value !== undefined && /^[0-9]{1,4}$/.test(value) ? Number(value) : value);
  const options = Object.fromEntries(
    Object.entries({ from: year(values.from), to: year(values.to), person: values.person, place: values.place }).filter(([, v]) => v !== undefined),
  );
  let selected: readonly Event[];
  try {
    selected = timeline(options);
  } catch (error) {
    // The library names the option ("expected from to be …"); the CLI names the flag.
    throw new UsageError((error as Error).message.replace(/^timeline\(options\): /, '').replace(/^expected (\w+)/, '--$1: expected'));
  }
  return values.json ? json(selected) : selected.map((e) => `${e.date}\t${e.dateBasis}\t${e.id}\t${e.title}\n`).join('');
}
