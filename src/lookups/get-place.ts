import { places } from '../collections/places.js';
import type { PlaceId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Place } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(places);

/**
 * Finds a place by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A place id, e.g. `warsaw`.
 * @returns The place, or `undefined`.
 *
 * @example
 * ```ts
 * getPlace('warsaw')?.coordinates; // [21.0122, 52.2297]
 * ```
 */
export function getPlace(id: PlaceId): Place;
export function getPlace(id: string): Place | undefined;
export function getPlace(id: string): Place | undefined {
  return find(id);
}
