import type { LocatedPlace, Place } from '../types/index.js';

/**
 * Whether a place has coordinates: true for the cities and buildings, false for countries, regions
 * and borders (which are not points) and for `undefined`. A type guard: after it,
 * `place.coordinates` is a `[longitude, latitude]` tuple usable as a GeoJSON `Position`.
 *
 * @param place - A place, or `undefined` (what {@link getPlace} gives for an unknown id).
 * @returns Whether `place.coordinates` is set.
 *
 * @example
 * ```ts
 * const cities = places.filter(hasCoordinates);
 * const [longitude, latitude] = cities[0]!.coordinates;
 * ```
 */
export function hasCoordinates(place: Place | undefined): place is LocatedPlace {
  return typeof place === 'object' && place !== null && Array.isArray(place.coordinates);
}
