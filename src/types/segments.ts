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

/** A layer of annotations that {@link Segment}s and segment trees are cut by. */
export type SegmentLayer = 'quotes' | 'citations' | 'mentions' | 'notes';

/** Options of `segments` and `segmentTree`. */
export interface SegmentOptions {
  /**
   * The layers that cut the text, each at most once: any of `quotes`, `citations`, `mentions`,
   * `notes` (default: all four). A layer left out cuts nothing and its list in every segment is
   * empty. In a segment tree the order also says which layer is kept whole where two annotations
   * cross: the first layer named wins.
   */
  readonly include?: readonly SegmentLayer[];
}

/** A stretch of text in a segment tree that no chosen annotation begins or ends inside. */
export interface SegmentTextNode {
  /** The kind of node. */
  readonly kind: 'text';
  /** Offset of the first code unit in the block, inclusive (UTF-16). */
  readonly start: number;
  /** Offset after the last code unit, exclusive. */
  readonly end: number;
  /** The text, exactly as printed. */
  readonly text: string;
}

/** An annotation in a segment tree (`R` its record), with the nodes inside it. */
export interface SegmentAnnotationNode<K extends 'quote' | 'citation' | 'mention' | 'note', R extends Span> {
  /** The kind of annotation. */
  readonly kind: K;
  /** The annotation's record. */
  readonly record: R;
  /**
   * Offset of the node's first code unit in the block, inclusive: the record's `start`, unless the
   * annotation crosses one kept whole and is split into parts.
   */
  readonly start: number;
  /** Offset after the node's last code unit, exclusive: the record's `end`, unless it is split. */
  readonly end: number;
  /** The node's text: the record's `text`, or the part of it this node holds. */
  readonly text: string;
  /** What lies inside, in reading order: text and the annotations nested in this one. */
  readonly children: readonly SegmentNode[];
}

/** A quote in a segment tree, with what it holds. */
export type SegmentQuoteNode = SegmentAnnotationNode<'quote', Quote>;
/** An in-text citation in a segment tree, with what it holds. */
export type SegmentCitationNode = SegmentAnnotationNode<'citation', Citation>;
/** A mention in a segment tree, with what it holds. */
export type SegmentMentionNode = SegmentAnnotationNode<'mention', SegmentMention>;
/** An editorial note in a segment tree, with the words it is on. */
export type SegmentNoteNode = SegmentAnnotationNode<'note', Note>;

/**
 * A node of a segment tree: a stretch of text, or an annotation with its children. Told apart by
 * `kind`.
 */
export type SegmentNode = SegmentTextNode | SegmentQuoteNode | SegmentCitationNode | SegmentMentionNode | SegmentNoteNode;
