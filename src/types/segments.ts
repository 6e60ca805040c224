import type { OrganisationId, PersonId, PlaceId } from '../generated/ids.js';
import type { Citation, Note, Quote, Span } from '../generated/types.js';

/** A mention in a {@link Segment}: its span, and the person, place or organisation it names. */
export interface SegmentMention extends Span {
  /** What the mention names. */
  readonly kind: 'person' | 'place' | 'organisation';
  /** The id of the person, place or organisation. */
  readonly entityId: PersonId | PlaceId | OrganisationId;
}

/**
 * A stretch of a block's text over which nothing begins or ends: every annotation either covers
 * it whole or not at all. Each list holds the annotations that cover it, outermost first (by
 * start, then the longer first), so nesting is resolved: a quotation inside a quotation is listed
 * after the one that encloses it.
 */
export interface Segment {
  /** Offset of the first code unit in the block, inclusive (UTF-16). */
  readonly start: number;
  /** Offset after the last code unit, exclusive. */
  readonly end: number;
  /** The segment's text, exactly as printed. */
  readonly text: string;
  /** The quotes that cover it (the records of `quotes`), outermost first. */
  readonly quotes: readonly Quote[];
  /** The in-text citations that cover it. */
  readonly citations: readonly Citation[];
  /** The mentions of people, places and organisations that cover it. */
  readonly mentions: readonly SegmentMention[];
  /** The editorial notes that cover it. */
  readonly notes: readonly Note[];
}
