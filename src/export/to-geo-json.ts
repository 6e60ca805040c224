import { places } from '../collections/places.js';
import { hasCoordinates } from '../entities/has-coordinates.js';
import { timeline } from '../time/timeline.js';
import type { EventId } from '../generated/ids.js';
import type { PlaceFeature, PlaceFeatureCollection } from '../types/index.js';

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
  const ordered = timeline();
  const features = places.filter(hasCoordinates).map((place): PlaceFeature => {
    const eventIds: EventId[] = ordered.filter((event) => event.placeIds.includes(place.id)).map((event) => event.id);
    return {
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: [place.coordinates[0], place.coordinates[1]] },
      properties: {
        name: place.name,
        kind: place.kind,
        description: place.description,
        eventIds,
        eventCount: eventIds.length,
        mentionCount: place.mentions.length,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
