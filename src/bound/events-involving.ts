import { events } from '../collections/events.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { eventsInvolving as eventsOf } from '../entities/events-involving.js';
import type { OrganisationId, PersonId, PlaceId } from '../generated/ids.js';
import type { Event } from '../types/index.js';

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
  return eventsOf({ events, people, places, organisations }, entityId);
}
