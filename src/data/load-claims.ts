import type { CitationId, ClaimId, EventId, QuoteId } from '../generated/ids.js';
import type { Claim } from '../types/argument.js';
import { anchorSpan } from './anchor.js';
import type { CompactAnchor, RawAnchor, RawClaim } from './raw.js';

/** Builds the public claims: each span anchored to its exact words. */
export function loadClaims(
  raw: readonly (Omit<RawClaim, 'spans'> & { readonly spans: readonly (RawAnchor | CompactAnchor)[] })[],
  texts: ReadonlyMap<string, string>): Claim[] {
  return raw.map((claim) => ({
    id: claim.id as ClaimId,
    role: claim.role,
    spans: claim.spans.map((span) => anchorSpan(span, texts)),
    supports: claim.supports as readonly ClaimId[],
    evidence: {
      quoteIds: claim.evidence.quoteIds as readonly QuoteId[],
      citationIds: claim.evidence.citationIds as readonly CitationId[],
      eventIds: claim.evidence.eventIds as readonly EventId[],
    },
  }));
}
