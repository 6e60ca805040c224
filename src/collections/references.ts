import { references as built } from '../generated/collections/references.js';
import type { Reference } from '../types/index.js';

/**
 * The bibliography: 14 entries in printed order, each with its printed text and its parsed
 * fields ("———" resolved to the previous entry's author; irregular forms corrected in `family`
 * and `given`, with notes).
 */
export const references: readonly Reference[] = built;
