import * as L from 'leaflet';
import { toGeoJson, type PlaceFeatureProperties } from '../../src/index.js';

export function drawPlaces(map: L.Map): L.GeoJSON {
  return L.geoJSON<PlaceFeatureProperties>(toGeoJson(), {
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { radius: 4 + feature.properties.eventCount }),
    onEachFeature: (feature, layer) => layer.bindTooltip(`${feature.properties.name}: ${feature.properties.eventCount} events`),
  }).addTo(map);
}
