import type { StoredEvent } from '../generated/data-types.js';
import type { BlockId, EventId, OrganisationId, PersonId, PlaceId, ReferenceId } from '../generated/ids.js';
import type { Event } from '../types/index.js';

/** Builds the public events: stored already in their public shape, ids typed. */
export function loadEvents(raw: readonly StoredEvent[]): Event[] {
  return raw.map((event) => ({
    ...event,
    id: event.id as EventId,
    blockIds: event.blockIds as readonly BlockId[],
    personIds: event.personIds as readonly PersonId[],
    placeIds: event.placeIds as readonly PlaceId[],
    organisationIds: event.organisationIds as readonly OrganisationId[],
    sourceIds: event.sourceIds as readonly ReferenceId[],
  }));
}
