import { events } from '../collections/events.js';
import { places } from '../collections/places.js';
import { toGeoJson as geoJsonOf } from '../export/to-geo-json.js';
import type { GeoJsonOptions, PlaceFeatureCollection } from '../types/index.js';

/**
 * The places as an RFC 7946 GeoJSON `FeatureCollection`: one `Point` feature per place that has
 * coordinates (the cities and buildings; countries, regions and borders have none, since they
 * are not points, and are left out), and, with `kinds`, of those kinds only. Each feature's `id`
 * is the place id, repeated as `properties.id` (MapLibre GL and Mapbox GL keep only numeric
 * feature ids); its `properties` hold what a map needs without a second lookup: `id`, `name`,
 * `kind`, `description`, the `eventIds` of the events at the place (in timeline order) and their
 * `eventCount`, and `mentionCount`. The coordinates are editorial (see each place's
 * `coordinatesNote`). A fresh object on every call.
 *
 * @param options - `kinds`: the kinds of place to include (default all; only `city` and `building` have coordinates).
 * @returns A fresh GeoJSON `FeatureCollection`.
 *
 * @throws {TypeError} when options is not a plain object, has an unknown or inherited key, or `kinds` is not an array.
 * @throws {RangeError} when `kinds` names an unknown place kind.
 *
 * @example
 * ```ts
 * const map = toGeoJson();
 * map.features.find((f) => f.id === 'warsaw')?.properties.eventIds; // ['soviet-delegation-flies-to-warsaw', 'belweder-talks']
 * toGeoJson({ kinds: ['building'] }).features.map((f) => f.properties.id); // the buildings alone, e.g. 'belweder-palace'
 * // L.geoJSON(map).addTo(leafletMap);
 * // maplibreMap.addSource('places', { type: 'geojson', data: map, promoteId: 'id' });
 * ```
 */
export function toGeoJson(options: GeoJsonOptions = {}): PlaceFeatureCollection {
  return geoJsonOf({ places, events }, options);
}
