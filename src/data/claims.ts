import type { Claim } from '../types/index.js';

/**
 * The argument: thesis, main claims and supporting claims, anchored to their words.
 *
 * Empty in this release: the records arrive with the argument layer. Its type is already part of the contract.
 */
export const claims: readonly Claim[] = /* @__PURE__ */ Object.freeze([]);
