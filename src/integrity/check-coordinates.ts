import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';

/**
 * A place has coordinates exactly when it is a point, a city or a building, and a note giving their
 * ground exactly when it has coordinates (rule `coordinates`).
 */
export function checkCoordinates(data: Pick<EssayData, 'places'>, report: Report): void {
  data.places.forEach((place, i) => {
    const point = place.kind === 'city' || place.kind === 'building';
    if (point !== (place.coordinates !== null)) {
      report(
        ['places', i, 'coordinates'],
        'coordinates',
        `place ${place.id} is a ${place.kind}: ${point ? 'a city or a building has coordinates' : 'only a city or a building has coordinates'}`,
      );
    }
    if ((place.coordinates === null) !== (place.coordinatesNote === null)) {
      report(
        ['places', i, 'coordinatesNote'],
        'coordinates',
        `place ${place.id}: ${place.coordinates === null ? 'a note on coordinates it does not have' : 'coordinates without a note giving their ground'}`,
      );
    }
  });
}
