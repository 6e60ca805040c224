import { people as built } from '../generated/collections/people.js';
import type { Person } from '../types/index.js';

/**
 * Every person the essay names, historical actors and cited scholars alike, with the preferred
 * modern form of the name, every printed form, a line from the essay and every mention.
 */
export const people: readonly Person[] = built;
