import { dateRange, type Event, getPerson, getPlace, timeline, type TimelineOptions } from '../../index.js';
import { json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { UsageError } from '../usage-error.js';

/** A year of one to four digits as its EDTF form (`56` is the year 56, `0056`); anything else as given. */
const asEdtf = (value: string) => (/^[0-9]{1,4}$/.test(value) ? value.padStart(4, '0') : value);

function dateFlag(flag: 'from' | 'to', value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = asEdtf(value);
  if (!dateRange(date)) throw new UsageError(`--${flag}: expected an EDTF date or a year (e.g. 1956, 1956-10, 1956-10-19), got '${value}'`);
  return date;
}

function idFlag(flag: 'person' | 'place', value: string | undefined, known: (id: string) => unknown, examples: string): string | undefined {
  if (value !== undefined && !known(value)) throw new UsageError(`--${flag}: unknown ${flag} '${value}' (e.g. ${examples})`);
  return value;
}

/** Orders two ISO days as `dateRange` writes them (`1956-10-19`, `-000050-01-01`, `+010000-02-29`). */
function compareIso(a: string, b: string): number {
  const parts = (iso: string) => {
    const [, sign, year, month, day] = /^([+-]?)([0-9]+)-([0-9]{2})-([0-9]{2})$/.exec(iso)!;
    return [(sign === '-' ? -1 : 1) * Number(year), Number(month), Number(day)];
  };
  const [x, y] = [parts(a), parts(b)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
}

/**
 * `timeline`: the events in date order, a line each, filtered by date, person or place. Each flag
 * is checked here, so that a message names the flag at fault.
 */
export function timelineList(values: CliValues): string {
  const from = dateFlag('from', values.from);
  const to = dateFlag('to', values.to);
  if (from !== undefined && to !== undefined) {
    const start = dateRange(from)!.start;
    const end = dateRange(to)!.end;
    if (start !== null && end !== null && compareIso(start, end) > 0) {
      throw new UsageError(`--to: expected a date on or after --from ${values.from}, got '${values.to}'`);
    }
  }
  const person = idFlag('person', values.person, getPerson, 'khrushchev, gomulka');
  const place = idFlag('place', values.place, getPlace, 'warsaw, moscow');
  const options: TimelineOptions = {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(person === undefined ? {} : { person }),
    ...(place === undefined ? {} : { place }),
  };
  const selected: readonly Event[] = timeline(options);
  return values.json ? json(selected) : selected.map((e) => `${e.date}\t${e.dateBasis}\t${e.id}\t${e.title}\n`).join('');
}
