import type { EssayData, PlaceKind } from '../types/index.js';
import type { Report } from './issue.js';

/** How large each kind of place is: a place lies within one of a larger kind; a border contains nothing. */
const size: Readonly<Record<PlaceKind, number>> = { building: 0, city: 1, country: 2, region: 2, border: -1 };

/**
 * What contains a place (rule `within`): only a city or a building names the place it lies
 * within, always a place of a larger kind (a building within a city, a city within a country or a
 * region), never itself or a border; and it has a `withinNote` giving the ground exactly when it
 * names one. Since every step goes to a larger kind, no place contains itself through others.
 */
export function checkWithin(data: Pick<EssayData, 'places'>, report: Report): void {
  const kindOf = new Map<string, PlaceKind>(data.places.map((place) => [place.id, place.kind]));
  data.places.forEach((place, i) => {
    if (place.withinId !== null) {
      const container = kindOf.get(place.withinId);
      if (place.kind !== 'city' && place.kind !== 'building') {
        report(['places', i, 'withinId'], 'within', `place ${place.id} is a ${place.kind}: only a city or a building names the place it lies within`);
      } else if (container !== undefined && !(size[container] > size[place.kind])) {
        report(['places', i, 'withinId'], 'within', `place ${place.id} is a ${place.kind} and cannot lie within ${place.withinId}, a ${container}`);
      }
    }
    if ((place.withinId === null) !== (place.withinNote === null)) {
      report(
        ['places', i, 'withinNote'],
        'within',
        `place ${place.id}: ${place.withinId === null ? 'a note on a containing place it does not name' : 'a containing place without a note giving its ground'}`,
      );
    }
  });
}
