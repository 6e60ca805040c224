import { hasCoordinates } from '../entities/has-coordinates.js';
import type { EventId } from '../generated/ids.js';
import { checkData } from '../internal/check-data.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { eventsInOrder } from '../time/internal/events-in-order.js';
import type { EssayData, GeoJsonOptions, PlaceFeature, PlaceFeatureCollection, PlaceKind } from '../types/index.js';

/** Every kind of place, as the model lists them. */
const placeKinds: readonly PlaceKind[] = ['country', 'region', 'border', 'city', 'building'];

const optionRules: Readonly<Record<keyof GeoJsonOptions, OptionRule>> = {
  kinds: {
    types: ['array'],
    expected: 'an array of place kinds (country, region, border, city, building)',
    eachItem: (kind) => (placeKinds.includes(kind as PlaceKind) ? undefined : `unknown place kind ${describeValue(kind)}; expected ${placeKinds.join(', ')}`),
  },
};

/**
 * The places of some edition data as an RFC 7946 GeoJSON `FeatureCollection`: one `Point` feature
 * per place that has coordinates (places without, such as countries, are left out), and, with
 * `kinds`, of those kinds only. Each feature's `id` is the place id, repeated as `properties.id`
 * (MapLibre GL and Mapbox GL keep only numeric feature ids, so a string id is reached through the
 * properties); its `properties` also hold `name`, `kind`, `description`, the `eventIds` of the
 * events of `data.events` at the place (in timeline order) and their `eventCount`, and
 * `mentionCount`. A fresh object on every call. The root's `toGeoJson(options)` is this function
 * given the package's places and events.
 *
 * @param data - The edition data it reads: `places` and `events`.
 * @param options - `kinds`: the kinds of place to include (default all; only cities and buildings have coordinates).
 * @returns A fresh GeoJSON `FeatureCollection`.
 *
 * @throws {TypeError} when `data` has no `places` or `events` array, or options is not a plain object, has an unknown or inherited key, or `kinds` is not an array.
 * @throws {RangeError} when `kinds` names an unknown place kind.
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
 * toGeoJson(data).features.map((f) => f.properties.id); // ['warsaw']
 * toGeoJson(data, { kinds: ['building'] }).features.length; // 0
 * ```
 */
export function toGeoJson(data: Pick<EssayData, 'places' | 'events'>, options: GeoJsonOptions = {}): PlaceFeatureCollection {
  checkData('toGeoJson(data, options)', data, ['places', 'events']);
  const { kinds = placeKinds } = checkOptions<GeoJsonOptions>('toGeoJson(options)', options, optionRules);
  const ordered = eventsInOrder(data.events);
  const features = data.places
    .filter(hasCoordinates)
    .filter((place) => kinds.includes(place.kind))
    .map((place): PlaceFeature => {
      const eventIds: EventId[] = ordered.filter((event) => event.placeIds.includes(place.id)).map((event) => event.id);
      return {
        type: 'Feature',
        id: place.id,
        geometry: { type: 'Point', coordinates: [place.coordinates[0], place.coordinates[1]] },
        properties: {
          id: place.id,
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
