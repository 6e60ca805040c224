import type { Organisation } from '../types/index.js';

/**
 * Every organisation the essay names, with curated mentions.
 *
 * Empty in this release: the records arrive with the entities layer. Its type is already part of the contract.
 */
export const organisations: readonly Organisation[] = /* @__PURE__ */ Object.freeze([]);
