import rawPlaces from '../../data/places.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Place } from '../types/entities.js';
import { loadPlaces } from './load-entities.js';
import { mentionsByEntity } from './mentions.js';
import type { RawPlace } from './raw.js';

/**
 * Every place the essay names (countries, cities, buildings, regions, borders), with every
 * mention and, where the place is certain, editorial coordinates.
 */
export const places: readonly Place[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadPlaces(rawPlaces as unknown as readonly RawPlace[], mentionsByEntity),
);
