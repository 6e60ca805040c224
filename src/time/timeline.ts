import { checkData } from '../internal/check-data.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { recordsById } from '../internal/derived-of.js';
import type { EssayData, Event } from '../types/index.js';
import { edtfBounds, type DayBounds } from '../internal/edtf-bounds.js';
import { eventsInOrder } from './internal/events-in-order.js';

/** Options of {@link timeline}. */
export interface TimelineOptions {
  /** Only events that can fall on or after this date: an EDTF date (`1956`, `1956-10`, `1956-10-19`) or a year. */
  readonly from?: string | number;
  /** Only events that can fall on or before this date: an EDTF date or a year. */
  readonly to?: string | number;
  /** Only events this person takes part in (a person id). */
  readonly person?: string;
  /** Only events at this place (a place id). */
  readonly place?: string;
  /** Only events of this case study (a case study id: `soviet-union`, `poland`, `china`, `north-korea`). */
  readonly caseStudy?: string;
}

/** A year 0 to 9999 as its EDTF string; anything else as given. */
function asDate(value: string | number): string {
  return typeof value === 'number' ? String(value).padStart(4, '0') : value;
}

function dateRule(name: string): OptionRule {
  return {
    types: ['string', 'number'],
    expected: 'an EDTF date string or a year',
    check: (value: string | number) => {
      if (typeof value === 'number') {
        return Number.isInteger(value) && value >= 0 && value <= 9999 ? undefined : `expected ${name} to be a year from 0 to 9999, got ${value}`;
      }
      return edtfBounds(value) ? undefined : `expected ${name} to be an EDTF date such as "1956" or "1956-10-19", got ${describeValue(value)}`;
    },
  };
}

/** A rule for an id that must name a record of the data (a person, place or case study). */
function idRule(name: string, known: readonly { readonly id: string }[]): OptionRule {
  return {
    types: ['string'],
    expected: 'an id string',
    check: (value: string) => (recordsById(known).has(value) ? undefined : `unknown ${name} ${describeValue(value)}`),
  };
}

/** The edition data a timeline reads. */
type TimelineData = Pick<EssayData, 'events' | 'people' | 'places' | 'caseStudies'>;

const fromRule = /* @__PURE__ */ dateRule('from');
const toRule = /* @__PURE__ */ dateRule('to');

/** The rules of the options: the ids are checked against the data's people, places and case studies. */
function optionRules(data: TimelineData): Readonly<Record<keyof TimelineOptions, OptionRule>> {
  return {
    from: fromRule,
    to: toRule,
    person: idRule('person', data.people),
    place: idRule('place', data.places),
    caseStudy: idRule('caseStudy', data.caseStudies),
  };
}

/**
 * The events of some edition data in chronological order: by the earliest day each date can mean,
 * then the latest, then id (an open start such as `../1954` comes before any dated event). `from`
 * and `to` keep the events whose possible days overlap the range; `person`, `place` and
 * `caseStudy` must name records of `data`. The root's `timeline(options)` is this function given
 * the package's data.
 *
 * @param data - The edition data it reads: `events`, and `people`, `places` and `caseStudies` for the ids the options may name.
 * @param options - Filters: `from`, `to`, `person`, `place`, `caseStudy` (all optional).
 * @returns The events in date order, a fresh frozen array.
 *
 * @throws {TypeError} when `data` lacks one of the arrays it reads, or options is not a plain object, has an unknown or inherited key, or a value of the wrong type.
 * @throws {RangeError} when a date is not valid EDTF, `from` is after `to`, or a person, place or case study is not in `data`.
 *
 * @example
 * ```ts
 * import { caseStudies, events, people, places } from 'destalinisation-essay';
 * const data = { events, people, places, caseStudies };
 * timeline(data, { caseStudy: 'north-korea' })[0]?.id; // 'kim-moves-against-soviet-faction'
 * ```
 */
export function timeline(data: Pick<EssayData, 'events' | 'people' | 'places' | 'caseStudies'>, options: TimelineOptions = {}): readonly Event[] {
  checkData('timeline(data, options)', data, ['events', 'people', 'places', 'caseStudies']);
  const checked = checkOptions<TimelineOptions>('timeline(options)', options, optionRules(data));
  const from: DayBounds | undefined = checked.from === undefined ? undefined : edtfBounds(asDate(checked.from));
  const to: DayBounds | undefined = checked.to === undefined ? undefined : edtfBounds(asDate(checked.to));
  if (from && to && from.earliest > to.latest) throw new RangeError('timeline(options): expected from to be on or before to');
  const { person, place, caseStudy } = checked;
  const selected = eventsInOrder(data.events).filter((event) => {
    const bounds = edtfBounds(event.date)!;
    if (from && bounds.latest < from.earliest) return false;
    if (to && bounds.earliest > to.latest) return false;
    if (person && !event.personIds.includes(person as never)) return false;
    if (place && !event.placeIds.includes(place as never)) return false;
    if (caseStudy && event.caseStudyId !== caseStudy) return false;
    return true;
  });
  return Object.freeze(selected);
}
