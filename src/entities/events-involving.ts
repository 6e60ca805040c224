import { events } from '../collections/events.js';
import { type OrganisationId, organisationIds, type PersonId, personIds, type PlaceId, placeIds } from '../generated/ids.js';
import { groupBy } from '../internal/group-by.js';
import type { Event } from '../types/index.js';
import { compareEvents } from '../time/internal/event-order.js';

const find = /* @__PURE__ */ groupBy(
  () => [...events].sort(compareEvents),
  (event) => [...event.personIds, ...event.placeIds, ...event.organisationIds],
  () => [...personIds, ...placeIds, ...organisationIds],
);

/**
 * The events a person, place or organisation takes part in, in timeline order. A known entity
 * with no events gives `[]`; an unknown id gives `undefined`.
 *
 * @param entityId - A person, place or organisation id.
 * @returns The events (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * eventsInvolving('gomulka')?.map((e) => e.title);
 * ```
 */
export function eventsInvolving(entityId: PersonId | PlaceId | OrganisationId): readonly Event[];
export function eventsInvolving(entityId: string): readonly Event[] | undefined;
export function eventsInvolving(entityId: string): readonly Event[] | undefined {
  return find(entityId);
}
