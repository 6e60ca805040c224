import type { CitationId, ClaimId, EventId, QuoteId } from '../generated/ids.js';
import type { Claim } from '../types/index.js';
import { anchorSpan } from './internal/anchor.js';
import type { StoredAnchor, StoredClaim } from '../generated/data-types.js';

/** Builds the public claims: each span anchored to its exact words. */
export function loadClaims(
  raw: readonly StoredClaim[],
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
