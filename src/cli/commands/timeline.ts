import { caseStudies, dateRange, type Event, getPerson, getPlace, timeline, type TimelineOptions } from '../../index.js';
import { defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import { idOption } from '../id-option.js';
import { orList } from '../lists.js';
import type { ValueOption } from '../option.js';
import { json } from '../output.js';
import { quoteValue } from '../quote-value.js';
import { UsageError } from '../usage-error.js';

/**
 * `--from`, `--to`: an EDTF date, by the library's rule for a string (`timeline({ from: '56' })`
 * throws, so `--from 56` is an error too; the year 56 is `0056`).
 */
function dateOption(name: 'from' | 'to', help: string): ValueOption<string> {
  return {
    kind: 'value',
    placeholder: 'date',
    help,
    parse: (raw) => {
      if (dateRange(raw)) return raw;
      const hint = /^[0-9]{1,3}$/.test(raw) ? ` (an EDTF year has four digits: ${raw.padStart(4, '0')})` : '';
      throw new UsageError(`--${name}: expected an EDTF date (e.g. 1956, 1956-10, 1956-10-19), got ${quoteValue(raw)}${hint}`);
    },
  };
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

function checkOrder(from: string | undefined, to: string | undefined): void {
  if (from === undefined || to === undefined) return;
  const start = dateRange(from)!.start;
  const end = dateRange(to)!.end;
  if (start !== null && end !== null && compareIso(start, end) > 0) {
    throw new UsageError(`--to: expected a date on or after --from ${quoteValue(from)}, got ${quoteValue(to)}`);
  }
}

const caseStudyIds = caseStudies.map((caseStudy) => caseStudy.id as string);

/**
 * `timeline`: the events in date order, a line each, filtered by date, person, place or case
 * study. Each option is checked as it is read, so that a message names the option at fault.
 */
export const timelineList = defineCommand({
  name: 'timeline',
  args: [],
  summary: 'the events in date order',
  options: {
    json: jsonFlag('the events'),
    from: dateOption('from', 'only events that can fall on or after this EDTF date (e.g. 1956, 1956-10)'),
    to: dateOption('to', 'only events that can fall on or before this EDTF date'),
    person: idOption({
      name: 'person',
      placeholder: 'person id',
      help: 'only events of this person (e.g. gomulka)',
      what: 'person',
      known: (id) => getPerson(id) !== undefined,
      examples: 'khrushchev, gomulka',
    }),
    place: idOption({
      name: 'place',
      placeholder: 'place id',
      help: 'only events at this place (e.g. warsaw)',
      what: 'place',
      known: (id) => getPlace(id) !== undefined,
      examples: 'warsaw, moscow',
    }),
    'case-study': idOption({
      name: 'case-study',
      placeholder: 'id',
      help: `only events of this case study: ${caseStudyIds.join(' | ')}`,
      what: 'case study',
      known: (id) => caseStudyIds.includes(id),
      examples: orList(caseStudyIds),
    }),
  },
  run: ({ values }) => {
    const { from, to, person, place, 'case-study': caseStudy } = values;
    checkOrder(from, to);
    const options: TimelineOptions = {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(person === undefined ? {} : { person }),
      ...(place === undefined ? {} : { place }),
      ...(caseStudy === undefined ? {} : { caseStudy }),
    };
    const selected: readonly Event[] = timeline(options);
    return values.json ? json(selected) : selected.map((e) => `${e.date}\t${e.dateBasis}\t${e.id}\t${e.title}\n`).join('');
  },
});
