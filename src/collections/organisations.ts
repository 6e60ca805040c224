import { organisations as built } from '../generated/collections/organisations.js';
import type { Organisation } from '../types/index.js';

/** Every organisation the essay names (parties and their bodies, ministries, alliances, factions, archives), with every mention. */
export const organisations: readonly Organisation[] = built;
