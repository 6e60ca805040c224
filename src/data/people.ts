import rawPeople from '../../data/people.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Person } from '../types/entities.js';
import { loadPeople } from './load-entities.js';
import { mentionsByEntity } from './mentions.js';

/**
 * Every person the essay names, historical actors and cited scholars alike, with the preferred
 * modern form of the name, every printed form, a line from the essay and every mention.
 */
export const people: readonly Person[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ loadPeople(rawPeople, mentionsByEntity));
