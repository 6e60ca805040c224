import { citations as built } from '../generated/collections/citations.js';
import type { Citation } from '../types/index.js';

/**
 * Every in-text citation of the body, parenthetical `(Filtzer, 1993:13-5)` and narrative
 * `Jones (2006:2)`, in reading order: 44 in all, 26 of them "ibid.", each resolved to the source
 * cited immediately before it, with abbreviated page ranges expanded.
 */
export const citations: readonly Citation[] = built;
