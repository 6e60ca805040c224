import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { mentionsOf as mentionsIn } from '../entities/mentions-of.js';
import type { OrganisationId, PersonId, PlaceId } from '../generated/ids.js';
import type { Mention } from '../types/index.js';

/**
 * Every curated mention of a person, place or organisation, in reading order (pronouns are not
 * mentions; "Stalin" inside "de-Stalinisation" is not a mention of Stalin). An unknown id gives
 * `undefined`.
 *
 * @param entityId - A person, place or organisation id.
 * @returns The mentions (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * mentionsOf('warsaw')?.map((m) => m.blockId);
 * ```
 */
export function mentionsOf(entityId: PersonId | PlaceId | OrganisationId): readonly Mention[];
export function mentionsOf(entityId: string): readonly Mention[] | undefined;
export function mentionsOf(entityId: string): readonly Mention[] | undefined {
  return mentionsIn({ people, places, organisations }, entityId);
}
