import type { BlockId, ClaimId, ParagraphId, ParagraphNumber, SectionId } from '../generated/ids.js';

/**
 * The essay as a whole: one record.
 *
 * @example
 * ```ts
 * import { essay } from 'destalinisation-essay';
 * essay.published; // '2014-06-15'
 * ```
 */
export interface Essay {
  /** Stable identifier of the essay. */
  readonly id: string;
  /** The title exactly as printed (the text of the `title` block). */
  readonly title: string;
  /** Publication date on the blog, EDTF (from the dateline "Sunday, June 15, 2014"). */
  readonly published: string;
  /** Date of writing, EDTF (from the line "May 2014"). */
  readonly written: string;
  /** Language of the text, BCP 47. */
  readonly language: string;
  /** The claim that states the thesis, or `null` while the argument layer is not yet published. */
  readonly thesisId: ClaimId | null;
}

/**
 * The kinds of block the text is made of, in the order a reader meets them:
 * the blog's dateline, the title, the date of writing, headings, body paragraphs,
 * the pull quote (a sentence the blog repeats from paragraph 4) and bibliography entries.
 */
export type BlockKind = 'dateline' | 'title' | 'date' | 'heading' | 'paragraph' | 'pullquote' | 'reference';

/** The block kinds, in reading order of first appearance. */
export const blockKinds: readonly BlockKind[] = /* @__PURE__ */ Object.freeze([
  'dateline',
  'title',
  'date',
  'heading',
  'paragraph',
  'pullquote',
  'reference',
] as const);

/**
 * One of the 29 body paragraphs: the citable units of the edition (`p1` … `p29`, numbered `n` 1 to 29).
 */
export interface Paragraph {
  /** `p1` … `p29`. */
  readonly id: ParagraphId;
  /** Always `'paragraph'`. */
  readonly kind: 'paragraph';
  /** The paragraph exactly as printed. */
  readonly text: string;
  /** The innermost section the paragraph belongs to. */
  readonly sectionId: SectionId;
  /** The paragraph number, 1 to 29, in reading order. */
  readonly n: ParagraphNumber;
}

/** Any block that is not a body paragraph: dateline, title, date, heading, pull quote or bibliography entry. */
export interface NonParagraphBlock {
  /** The block's identifier: `dateline`, `title`, `written`, `h1` … `h14`, `pullquote`, `bib1` … `bib14`. */
  readonly id: Exclude<BlockId, ParagraphId>;
  /** What kind of block this is. */
  readonly kind: Exclude<BlockKind, 'paragraph'>;
  /** The block exactly as printed. */
  readonly text: string;
  /** The innermost section the block belongs to; `null` for the front matter (dateline, title, date). */
  readonly sectionId: SectionId | null;
}

/**
 * One block of the text, verbatim. Narrow on `kind` to reach a {@link Paragraph}'s `n`.
 *
 * @example
 * ```ts
 * for (const block of blocks) if (block.kind === 'paragraph') console.log(block.n);
 * ```
 */
export type Block = Paragraph | NonParagraphBlock;

/**
 * A section of the outline. Levels run from 1 (top-level headings) to 3 (the document
 * subsections of the case studies).
 */
export interface Section {
  /** Stable identifier, e.g. `polish-october`. */
  readonly id: SectionId;
  /** The heading exactly as printed (misspellings included). */
  readonly title: string;
  /** Depth in the outline: 1, 2 or 3. */
  readonly level: 1 | 2 | 3;
  /** The enclosing section, or `null` at level 1. */
  readonly parentId: SectionId | null;
  /** The section's direct subsections, in reading order. */
  readonly childIds: readonly SectionId[];
  /** The heading block that opens the section. */
  readonly headingBlockId: BlockId;
  /**
   * The blocks that belong directly to this section, heading first, in reading order
   * (subsections' blocks are not included; {@link blocksIn} includes them).
   */
  readonly blockIds: readonly BlockId[];
}

/**
 * A stretch of one block's text. `start` and `end` are UTF-16 code-unit offsets, so
 * `getBlock(span.blockId).text.slice(span.start, span.end) === span.text` always holds.
 */
export interface Span {
  /** The block the span lies in. */
  readonly blockId: BlockId;
  /** Offset of the first code unit, inclusive. */
  readonly start: number;
  /** Offset after the last code unit, exclusive. */
  readonly end: number;
  /** The spanned text, exactly as printed. */
  readonly text: string;
}

/** One match of {@link search}: a span of the matched words plus a snippet of context. */
export interface SearchHit extends Span {
  /** The matched words with some context either side, trimmed with `…` where the block goes on. */
  readonly snippet: string;
}
