import type { Reference } from '../types/index.js';

/**
 * The bibliography: 14 entries in printed order, as printed and parsed.
 *
 * Empty in this release: the records arrive with the apparatus layer. Its type is already part of the contract.
 */
export const references: readonly Reference[] = /* @__PURE__ */ Object.freeze([]);
