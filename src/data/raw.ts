import type { BlockKind } from '../types/text.js';

/**
 * The shapes of the files in `data/`: the committed source of truth. Public records are
 * derived from them by the loaders (`src/data/*.ts`); offsets and numbers are never stored.
 */

/** `data/essay.json`. */
export interface RawEssay {
  readonly id: string;
  readonly title: string;
  readonly published: string;
  readonly written: string;
  readonly language: string;
  readonly thesisId: string | null;
}

/** One entry of `data/blocks.json`: a block of the text, verbatim. */
export interface RawBlock {
  readonly id: string;
  readonly kind: BlockKind;
  readonly text: string;
}

/** One entry of `data/sections.json`: the outline. */
export interface RawSection {
  readonly id: string;
  /** The heading as printed; a test checks it against the heading block. */
  readonly title: string;
  readonly parentId: string | null;
  /** The blocks directly in the section, its heading first. */
  readonly blockIds: readonly string[];
}
