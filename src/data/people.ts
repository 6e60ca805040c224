import type { Person } from '../types/index.js';

/**
 * Every person the essay names, with curated mentions.
 *
 * Empty in this release: the records arrive with the entities layer. Its type is already part of the contract.
 */
export const people: readonly Person[] = /* @__PURE__ */ Object.freeze([]);
