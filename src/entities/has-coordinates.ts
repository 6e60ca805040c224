import type { LocatedPlace, Place } from '../types/index.js';

/** Whether a value is a GeoJSON position: `[longitude, latitude]`, finite, within ±180 and ±90. */
function isPosition(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [longitude, latitude] = value as readonly unknown[];
  return (
    typeof longitude === 'number' && typeof latitude === 'number' && Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90 // (false for NaN)
  );
}

/**
 * Whether a place has coordinates: true for the cities and buildings, false for countries, regions
 * and borders (which are not points) and for `undefined`. True only when `coordinates` is a
 * `[longitude, latitude]` pair of finite numbers, the longitude within ±180 and the latitude within
 * ±90: an empty array, a single number or a point off the globe is not a position. A type guard:
 * after it, `place.coordinates` is a `[longitude, latitude]` tuple usable as a GeoJSON `Position`.
 *
 * @param place - A place, or `undefined` (what {@link getPlace} gives for an unknown id).
 * @returns Whether `place.coordinates` is a position.
 *
 * @example
 * ```ts
 * const cities = places.filter(hasCoordinates);
 * const [longitude, latitude] = cities[0]!.coordinates;
 * ```
 */
export function hasCoordinates(place: Place | undefined): place is LocatedPlace {
  return typeof place === 'object' && place !== null && isPosition(place.coordinates);
}
