import { hasCoordinates } from '../entities/has-coordinates.js';
import type { EventId } from '../generated/ids.js';
import { checkData } from '../internal/check-data.js';
import { eventsInOrder } from '../time/internal/events-in-order.js';
import type { EssayData, PlaceFeature, PlaceFeatureCollection } from '../types/index.js';

/**
 * The places of some edition data as an RFC 7946 GeoJSON `FeatureCollection`: one `Point` feature
 * per place that has coordinates (places without, such as countries, are left out). Each
 * feature's `id` is the place id; its `properties` hold `name`, `kind`, `description`, the
 * `eventIds` of the events of `data.events` at the place (in timeline order) and their
 * `eventCount`, and `mentionCount`. A fresh object on every call. The root's `toGeoJson()` is this
 * function given the package's places and events.
 *
 * @param data - The edition data it reads: `places` and `events`.
 * @returns A fresh GeoJSON `FeatureCollection`.
 *
 * @throws {TypeError} when `data` has no `places` or `events` array.
 *
 * @example
 * ```ts
 * const data = {
 *   places: [
 *     { id: 'warsaw', name: 'Warsaw', nameNote: null, variants: [], description: 'Capital of Poland.', mentions: [], kind: 'city', coordinates: [21.0122, 52.2297], coordinatesNote: null },
 *     { id: 'poland', name: 'Poland', nameNote: null, variants: [], description: 'A country.', mentions: [], kind: 'country', coordinates: null, coordinatesNote: null },
 *   ],
 *   events: [],
 * } as const;
 * toGeoJson(data).features.map((f) => f.id); // ['warsaw']
 * ```
 */
export function toGeoJson(data: Pick<EssayData, 'places' | 'events'>): PlaceFeatureCollection {
  checkData('toGeoJson(data)', data, ['places', 'events']);
  const ordered = eventsInOrder(data.events);
  const features = data.places.filter(hasCoordinates).map((place): PlaceFeature => {
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
