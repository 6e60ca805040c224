import type { Claim } from '../../src/types/index.js';
import { anchorSpan } from './internal/anchor.js';
import type { StoredClaim } from '../generated/data-types.js';

/** Builds the public claims: each span anchored to its exact words. */
export function loadClaims(raw: readonly StoredClaim[], texts: ReadonlyMap<string, string>): Claim[] {
  return raw.map((claim) => ({
    id: claim.id,
    role: claim.role,
    label: claim.label,
    spans: claim.spans.map((span) => anchorSpan(span, texts)),
    supports: claim.supports,
    evidence: claim.evidence,
  }));
}
