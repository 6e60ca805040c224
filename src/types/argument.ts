import type { CitationId, ClaimId, EventId, QuoteId } from '../generated/ids.js';
import type { Span } from './text.js';

/** The place of a claim in the argument. */
export type ClaimRole = 'thesis' | 'claim' | 'sub-claim';

/** What a claim rests on. */
export interface Evidence {
  /** Quotations offered in support. */
  readonly quoteIds: readonly QuoteId[];
  /** Citations offered in support. */
  readonly citationIds: readonly CitationId[];
  /** Events offered in support. */
  readonly eventIds: readonly EventId[];
}

/** A claim of the essay's argument, anchored to its exact words. */
export interface Claim {
  /** Stable identifier. */
  readonly id: ClaimId;
  /** Thesis, main claim or supporting claim. */
  readonly role: ClaimRole;
  /** The words that state the claim; several where it is restated. */
  readonly spans: readonly Span[];
  /** The claims this one argues for. */
  readonly supports: readonly ClaimId[];
  /** What the claim rests on. */
  readonly evidence: Evidence;
}
