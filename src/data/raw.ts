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

/** Where an annotation points: a block and the exact words (the n-th occurrence, from 0, where they repeat). */
export interface RawAnchor {
  readonly blockId: string;
  readonly text: string;
  /** Needed only where the words occur more than once in the block. */
  readonly occurrence?: number;
}

/**
 * An anchor already resolved to offsets: what the build writes into the bundle in place of the
 * words, which the block's text gives back (so the essay's words are not shipped twice).
 */
export interface CompactAnchor {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
}

/** One entry of `data/citations.json`. Offsets, `ibid`, locators and ibid's source are derived. */
export interface RawCitation extends RawAnchor {
  readonly id: string;
  readonly form: 'parenthetical' | 'narrative';
  /** The entry cited; `null` for "ibid.", which is resolved by rule. */
  readonly referenceId: string | null;
  readonly rationale: string | null;
}

/** One entry of `data/quotes.json`. Offsets are derived; source and locator come from the citation. */
export interface RawQuote extends RawAnchor {
  readonly id: string;
  readonly kind: 'quotation' | 'term' | 'title';
  readonly speakerIds: readonly string[];
  readonly citationId: string | null;
  /** Only for a quote without a citation (a title names its work). */
  readonly referenceId: string | null;
  readonly parentId: string | null;
  readonly noteIds: readonly string[];
  readonly rationale: string | null;
}

/**
 * One entry of `data/references.json`: the entry as printed (kept here too, and checked against its
 * block, so that importing the bibliography does not pull in the essay) and its parsed fields.
 */
export interface RawReference {
  readonly id: string;
  readonly blockId: string;
  readonly text: string;
  readonly type: 'book' | 'chapter' | 'article' | 'archival-document';
  readonly authors: readonly RawName[];
  readonly editors: readonly RawName[];
  readonly year: number;
  readonly title: string;
  readonly containerTitle: string | null;
  readonly volume: string | null;
  readonly issue: string | null;
  readonly pages: { readonly start: number; readonly end: number } | null;
  readonly publisher: string | null;
  readonly place: string | null;
  readonly institution: string | null;
  readonly archive: string | null;
  readonly url: string | null;
  readonly noteIds: readonly string[];
}

/** A parsed name in `data/references.json`. */
export interface RawName {
  readonly family: string;
  readonly given: string | null;
  readonly printed: string;
}

/** One entry of `data/people.json` (mentions are in `data/mentions.json`). */
export interface RawPerson {
  readonly id: string;
  readonly name: string;
  readonly nameNote: string | null;
  readonly variants: readonly string[];
  readonly description: string;
}

/** One entry of `data/notes.json`. */
export interface RawNote extends RawAnchor {
  readonly id: string;
  readonly kind: 'spelling' | 'name' | 'fact' | 'punctuation' | 'citation';
  readonly correction: string | null;
  readonly note: string;
}

/** One entry of `data/places.json`. */
export interface RawPlace {
  readonly id: string;
  readonly name: string;
  readonly nameNote: string | null;
  readonly variants: readonly string[];
  readonly description: string;
  readonly coordinates: readonly [number, number] | null;
  readonly coordinatesNote: string | null;
}

/** One entry of `data/organisations.json`. */
export interface RawOrganisation {
  readonly id: string;
  readonly name: string;
  readonly nameNote: string | null;
  readonly variants: readonly string[];
  readonly description: string;
}

/** One entry of `data/mentions.json`: a curated mention of a person, place or organisation. */
export interface RawMention extends RawAnchor {
  /** The person, place or organisation mentioned (ids are unique across the three). */
  readonly entityId: string;
}

/** One entry of `data/events.json` (already in its public shape). */
export interface RawEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly dateText: string;
  readonly dateBasis: 'stated' | 'inferred' | 'editorial';
  readonly dateNote: string | null;
  readonly blockIds: readonly string[];
  readonly personIds: readonly string[];
  readonly placeIds: readonly string[];
  readonly organisationIds: readonly string[];
  readonly sourceIds: readonly string[];
}

/** One entry of `data/claims.json`: spans as anchors. */
export interface RawClaim {
  readonly id: string;
  readonly role: 'thesis' | 'claim' | 'sub-claim';
  readonly spans: readonly RawAnchor[];
  readonly supports: readonly string[];
  readonly evidence: {
    readonly quoteIds: readonly string[];
    readonly citationIds: readonly string[];
    readonly eventIds: readonly string[];
  };
}
