import { events } from '../collections/events.js';
import { caseStudyIds, personIds, placeIds } from '../generated/ids.js';
import type { Event } from '../types/index.js';
import { edtfBounds, type DayBounds } from '../internal/edtf-bounds.js';
import { compareEvents } from './internal/event-order.js';

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

const optionNames: readonly string[] = ['from', 'to', 'person', 'place', 'caseStudy'];

function boundsOf(name: string, value: string | number): DayBounds {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 9999) {
      throw new RangeError(`timeline(options): expected ${name} to be a year from 0 to 9999, got ${value}`);
    }
    return edtfBounds(String(value).padStart(4, '0'))!;
  }
  if (typeof value !== 'string') throw new TypeError(`timeline(options): expected ${name} to be an EDTF date string or a year, got ${typeof value}`);
  const bounds = edtfBounds(value);
  if (!bounds) throw new RangeError(`timeline(options): expected ${name} to be an EDTF date such as "1956" or "1956-10-19", got ${JSON.stringify(value)}`);
  return bounds;
}

function checkId(name: string, value: unknown, known: readonly string[]): string {
  if (typeof value !== 'string') throw new TypeError(`timeline(options): expected ${name} to be an id string, got ${typeof value}`);
  if (!known.includes(value)) throw new RangeError(`timeline(options): unknown ${name} ${JSON.stringify(value)}`);
  return value;
}

/**
 * The events in chronological order: by the earliest day each date can mean, then the latest,
 * then id, so the order is total and stable (an open start such as `../1954`, "by 1954", comes
 * before any dated event). `from` and `to` keep the events whose possible days overlap the range.
 *
 * @param options - Filters: `from`, `to`, `person`, `place`, `caseStudy` (all optional).
 * @returns The events in date order, frozen.
 *
 * @throws {TypeError} when options is not an object, has an unknown key, or a value of the wrong type.
 * @throws {RangeError} when a date is not valid EDTF, `from` is after `to`, or a person, place or case study is unknown.
 *
 * @example
 * ```ts
 * timeline({ from: 1956, to: '1956-10', person: 'khrushchev' }).map((e) => e.date);
 * timeline({ caseStudy: 'north-korea' })[0]?.id; // 'kim-moves-against-soviet-faction'
 * ```
 */
export function timeline(options: TimelineOptions = {}): readonly Event[] {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('timeline(options): expected options to be an object');
  }
  for (const key of Object.keys(options)) {
    if (!optionNames.includes(key)) throw new TypeError(`timeline(options): unknown option '${key}'; expected ${optionNames.join(', ')}`);
  }
  const from = options.from === undefined ? undefined : boundsOf('from', options.from);
  const to = options.to === undefined ? undefined : boundsOf('to', options.to);
  if (from && to && from.earliest > to.latest) throw new RangeError('timeline(options): expected from to be on or before to');
  const person = options.person === undefined ? undefined : checkId('person', options.person, personIds);
  const place = options.place === undefined ? undefined : checkId('place', options.place, placeIds);
  const caseStudy = options.caseStudy === undefined ? undefined : checkId('caseStudy', options.caseStudy, caseStudyIds);
  const selected = events.filter((event) => {
    const bounds = edtfBounds(event.date)!;
    if (from && bounds.latest < from.earliest) return false;
    if (to && bounds.earliest > to.latest) return false;
    if (person && !event.personIds.includes(person as never)) return false;
    if (place && !event.placeIds.includes(place as never)) return false;
    if (caseStudy && event.caseStudyId !== caseStudy) return false;
    return true;
  });
  return Object.freeze(selected.sort(compareEvents));
}
