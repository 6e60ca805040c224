import { claims } from '../collections/claims.js';
import type { ClaimId } from '../generated/ids.js';
import { getClaim } from '../lookups/get-claim.js';
import type { Claim, Evidence } from '../types/index.js';

function collect(claim: Claim, seen: Set<string>, into: { quoteIds: Set<string>; citationIds: Set<string>; eventIds: Set<string> }): void {
  if (seen.has(claim.id)) return;
  seen.add(claim.id);
  claim.evidence.quoteIds.forEach((id) => into.quoteIds.add(id));
  claim.evidence.citationIds.forEach((id) => into.citationIds.add(id));
  claim.evidence.eventIds.forEach((id) => into.eventIds.add(id));
  for (const supporter of claims) if (supporter.supports.includes(claim.id)) collect(supporter, seen, into);
}

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
  const claim = getClaim(claimId);
  if (!claim) return undefined;
  const into = { quoteIds: new Set<string>(), citationIds: new Set<string>(), eventIds: new Set<string>() };
  collect(claim, new Set(), into);
  return Object.freeze({
    quoteIds: Object.freeze([...into.quoteIds]),
    citationIds: Object.freeze([...into.citationIds]),
    eventIds: Object.freeze([...into.eventIds]),
  }) as Evidence;
}
