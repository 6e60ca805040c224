import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy, groupOf } from '../internal/group-by.js';
import type { EssayData, Event } from '../types/index.js';
import { eventsInOrder } from '../time/internal/events-in-order.js';

const byEntity = /* @__PURE__ */ groupBy((event: Event) => [...event.personIds, ...event.placeIds, ...event.organisationIds]);

/**
 * The events of some edition data that a person, place or organisation takes part in, in timeline
 * order. An entity of `data.people`, `data.places` or `data.organisations` with no events gives
 * `[]`; an id in none of them gives `undefined`.
 *
 * @param data - The edition data it reads: `events`, and `people`, `places` and `organisations` for the ids it knows.
 * @param entityId - A person, place or organisation id.
 * @returns The events (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` lacks one of the arrays it reads.
 *
 * @example
 * ```ts
 * import { events, organisations, people, places } from 'destalinisation-essay';
 * eventsInvolving({ events, people, places, organisations }, 'gomulka')?.map((e) => e.title);
 * ```
 */
export function eventsInvolving(data: Pick<EssayData, 'events' | 'people' | 'places' | 'organisations'>, entityId: string): readonly Event[] | undefined {
  checkData('eventsInvolving(data, entityId)', data, ['events', 'people', 'places', 'organisations']);
  const known = (id: string) => recordsById(data.people).has(id) || recordsById(data.places).has(id) || recordsById(data.organisations).has(id);
  return groupOf(byEntity(eventsInOrder(data.events)), entityId, known);
}
