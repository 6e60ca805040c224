import type { Note } from '../types/index.js';

/**
 * The editorial layer: misspellings, slips and irregularities, each anchored to its words.
 *
 * Empty in this release: the records arrive with the editorial layer. Its type is already part of the contract.
 */
export const notes: readonly Note[] = /* @__PURE__ */ Object.freeze([]);
