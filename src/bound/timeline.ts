import { caseStudies } from '../collections/case-studies.js';
import { events } from '../collections/events.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { timeline as timelineOf, type TimelineOptions } from '../time/timeline.js';
import type { Event } from '../types/index.js';

/**
 * The events in chronological order: by the earliest day each date can mean, then the latest,
 * then id, so the order is total and stable (an open start such as `../1954`, "by 1954", comes
 * before any dated event). `from` and `to` keep the events whose possible days overlap the range.
 *
 * @param options - Filters: `from`, `to`, `person`, `place`, `caseStudy` (all optional).
 * @returns The events in date order, frozen.
 *
 * @throws {TypeError} when options is not a plain object, has an unknown or inherited key, or a value of the wrong type.
 * @throws {RangeError} when a date is not valid EDTF, `from` is after `to`, or a person, place or case study is unknown.
 *
 * @example
 * ```ts
 * timeline({ from: 1956, to: '1956-10', person: 'khrushchev' }).map((e) => e.date);
 * timeline({ caseStudy: 'north-korea' })[0]?.id; // 'kim-moves-against-soviet-faction'
 * ```
 */
export function timeline(options: TimelineOptions = {}): readonly Event[] {
  return timelineOf({ events, people, places, caseStudies }, options);
}
