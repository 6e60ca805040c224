import { places as built } from '../generated/collections/places.js';
import type { Place } from '../types/index.js';

/**
 * Every place the essay names (countries, cities, buildings, regions, borders), with every
 * mention and, where the place is certain, editorial coordinates.
 */
export const places: readonly Place[] = built;
