import type { Event } from '../types/index.js';

/**
 * Every dated or datable happening the essay narrates, with EDTF dates and their basis.
 *
 * Empty in this release: the records arrive with the entities layer. Its type is already part of the contract.
 */
export const events: readonly Event[] = /* @__PURE__ */ Object.freeze([]);
