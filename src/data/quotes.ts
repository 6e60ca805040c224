import type { Quote } from '../types/index.js';

/**
 * Every passage in quotation marks, in reading order, with its kind, speakers, source and locator.
 *
 * Empty in this release: the records arrive with the apparatus layer. Its type is already part of the contract.
 */
export const quotes: readonly Quote[] = /* @__PURE__ */ Object.freeze([]);
