import type { Place } from '../types/index.js';

/**
 * Every place the essay names, with curated mentions and, where certain, editorial coordinates.
 *
 * Empty in this release: the records arrive with the entities layer. Its type is already part of the contract.
 */
export const places: readonly Place[] = /* @__PURE__ */ Object.freeze([]);
