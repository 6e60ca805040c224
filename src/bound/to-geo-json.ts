import { events } from '../collections/events.js';
import { places } from '../collections/places.js';
import { toGeoJson as geoJsonOf } from '../export/to-geo-json.js';
import type { PlaceFeatureCollection } from '../types/index.js';

/**
 * The places as an RFC 7946 GeoJSON `FeatureCollection`: one `Point` feature per place that has
 * coordinates (the cities and buildings; countries, regions and borders have none, since they
 * are not points, and are left out). Each feature's `id` is the place id; its `properties` hold
 * what a map needs without a second lookup: `name`, `kind`, `description`, the `eventIds` of the
 * events at the place (in timeline order) and their `eventCount`, and `mentionCount`. The
 * coordinates are editorial (see each place's `coordinatesNote`). A fresh object on every call.
 *
 * @returns A fresh GeoJSON `FeatureCollection`.
 *
 * @example
 * ```ts
 * const map = toGeoJson();
 * map.features.find((f) => f.id === 'warsaw')?.properties.eventIds; // ['soviet-delegation-flies-to-warsaw', 'belweder-talks']
 * // L.geoJSON(map).addTo(leafletMap);
 * ```
 */
export function toGeoJson(): PlaceFeatureCollection {
  return geoJsonOf({ places, events });
}
