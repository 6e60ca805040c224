import { claims } from '../collections/claims.js';
import type { ClaimId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Claim } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(claims);

/**
 * Finds a claim by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A claim id, e.g. `thesis`.
 * @returns The claim, or `undefined`.
 *
 * @example
 * ```ts
 * getClaim('thesis').spans.map((s) => s.blockId); // ['p2', 'p29', 'p29']
 * ```
 */
export function getClaim(id: ClaimId): Claim;
export function getClaim(id: string): Claim | undefined;
export function getClaim(id: string): Claim | undefined {
  return find(id);
}
