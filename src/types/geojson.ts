import type { EventId, PlaceId } from '../generated/ids.js';
import type { Place, PlaceKind } from '../generated/types.js';

/**
 * A GeoJSON position (RFC 7946 §3.1.1): `[longitude, latitude]`, WGS 84. A plain tuple, so it can
 * be passed where GeoJSON's `Position` is expected.
 */
export type GeoJsonPosition = [longitude: number, latitude: number];

/**
 * A place that has coordinates: a city or a building (see {@link hasCoordinates}). Its
 * `coordinates` are typed as a plain `[longitude, latitude]` tuple, usable as a GeoJSON `Position`;
 * the array itself is frozen like every record, so copy it before changing it.
 */
export type LocatedPlace = Place & { readonly coordinates: GeoJsonPosition };

/** A GeoJSON `Point` geometry. */
export interface GeoJsonPoint {
  /** Always `Point`. */
  type: 'Point';
  /** `[longitude, latitude]`. */
  coordinates: GeoJsonPosition;
}

/** What a map needs to draw and label a place, without a second lookup. */
export interface PlaceFeatureProperties {
  /** The place id, as the feature's `id`: MapLibre GL and Mapbox GL drop a feature id that is not a number, so filters and popups read this one. */
  id: PlaceId;
  /** The preferred name, e.g. "Poznań". */
  name: string;
  /** `city` or `building` (only those have coordinates). */
  kind: PlaceKind;
  /** One line drawn from the essay. */
  description: string;
  /** The events at the place (`placeIds` includes it), in timeline order. */
  eventIds: EventId[];
  /** How many events happen there. */
  eventCount: number;
  /** How many times the essay names the place. */
  mentionCount: number;
}

/** A GeoJSON `Feature` for one place: `id` is the place id. */
export interface PlaceFeature {
  /** Always `Feature`. */
  type: 'Feature';
  /** The place id. */
  id: PlaceId;
  /** The place as a point. */
  geometry: GeoJsonPoint;
  /** Id, name, kind, description, events and mentions. */
  properties: PlaceFeatureProperties;
}

/** Options of {@link toGeoJson}. */
export interface GeoJsonOptions {
  /** The kinds of place to include (default: every kind; only cities and buildings have coordinates, so only they can appear). */
  readonly kinds?: readonly PlaceKind[];
}

/** A GeoJSON `FeatureCollection` of places (RFC 7946). */
export interface PlaceFeatureCollection {
  /** Always `FeatureCollection`. */
  type: 'FeatureCollection';
  /** One point per place with coordinates, in the order of `places`. */
  features: PlaceFeature[];
}
