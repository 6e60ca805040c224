import { claims } from '../collections/claims.js';
import { evidenceFor as evidenceIn } from '../argument/evidence-for.js';
import type { ClaimId } from '../generated/ids.js';
import type { Evidence } from '../types/index.js';

/**
 * Everything offered for a claim: its own evidence and, transitively, the evidence of every claim
 * that supports it, each id once (first seen first). An unknown claim id gives `undefined`.
 *
 * @param claimId - A claim id, e.g. `thesis`.
 * @returns A fresh frozen `{ quoteIds, citationIds, eventIds }`, or `undefined`.
 *
 * @example
 * ```ts
 * evidenceFor('thesis')?.quoteIds.length;
 * ```
 */
export function evidenceFor(claimId: ClaimId): Evidence;
export function evidenceFor(claimId: string): Evidence | undefined;
export function evidenceFor(claimId: string): Evidence | undefined {
  return evidenceIn({ claims }, claimId);
}
