import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import type { OrganisationId, PersonId, PlaceId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Mention } from '../types/index.js';

type Named = { readonly id: string; readonly mentions: readonly Mention[] };

// Built on first use, so that importing the package does no work and pulls in nothing unused.
let find: ((id: unknown) => Named | undefined) | undefined;

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
  find ??= lookupIn<Named>([...people, ...places, ...organisations]);
  return find(entityId)?.mentions;
}
