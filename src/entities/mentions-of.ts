import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import type { EssayData, Mention } from '../types/index.js';

/**
 * Every curated mention of a person, place or organisation of some edition data (its `mentions`),
 * frozen. An id found in none of `data.people`, `data.places` and `data.organisations` gives
 * `undefined` (the ids are unique across the three; the first found is taken).
 *
 * @param data - The edition data it reads: `people`, `places` and `organisations`.
 * @param entityId - A person, place or organisation id.
 * @returns The mentions (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` lacks one of the arrays it reads.
 *
 * @example
 * ```ts
 * import { organisations, people, places } from 'destalinisation-essay';
 * mentionsOf({ people, places, organisations }, 'warsaw')?.map((m) => m.blockId);
 * ```
 */
export function mentionsOf(data: Pick<EssayData, 'people' | 'places' | 'organisations'>, entityId: string): readonly Mention[] | undefined {
  checkData('mentionsOf(data, entityId)', data, ['people', 'places', 'organisations']);
  const entity = recordsById(data.people).get(entityId) ?? recordsById(data.places).get(entityId) ?? recordsById(data.organisations).get(entityId);
  if (!entity) return undefined;
  // The record's own array when frozen; a frozen copy of a caller's unfrozen one, so that the
  // result is frozen like every other and is not the caller's array.
  return Object.isFrozen(entity.mentions) ? entity.mentions : Object.freeze([...entity.mentions]);
}
