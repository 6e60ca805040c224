import type { Citation } from '../types/index.js';

/**
 * Every in-text citation, parenthetical and narrative, in reading order, with "ibid." resolved.
 *
 * Empty in this release: the records arrive with the apparatus layer. Its type is already part of the contract.
 */
export const citations: readonly Citation[] = /* @__PURE__ */ Object.freeze([]);
