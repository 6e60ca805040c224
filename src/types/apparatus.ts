import type { BlockId, CitationId, NoteId, PersonId, QuoteId, ReferenceId } from '../generated/ids.js';
import type { Span } from './text.js';

/** What a pair of quotation marks sets off. */
export type QuoteKind = 'quotation' | 'term' | 'title';

/** The unit a {@link Locator} counts in. */
export type LocatorUnit = 'page' | 'paragraph';

/**
 * A place inside a source: pages or paragraphs, with abbreviated ranges expanded
 * (`13-5` is pages 13 to 15).
 */
export interface Locator {
  /** Pages of a printed work, or paragraphs of an archival document. */
  readonly unit: LocatorUnit;
  /** First page or paragraph. */
  readonly start: number;
  /** Last page or paragraph (equal to `start` for a single one). */
  readonly end: number;
  /** The locator as printed, e.g. `13-5` or `paras 8-9`. */
  readonly printed: string;
}

/**
 * A passage in quotation marks. The span covers the quoted words without the marks.
 */
export interface Quote extends Span {
  /** Stable identifier. */
  readonly id: QuoteId;
  /** Words from a source, a term or scare quote, or the title of a work. */
  readonly kind: QuoteKind;
  /** Who said or wrote the words (Lenin's words inside Khrushchev's speech are Lenin's). */
  readonly speakerIds: readonly PersonId[];
  /** The source the words are taken from, or `null`. */
  readonly referenceId: ReferenceId | null;
  /** Where in the source, or `null`. */
  readonly locator: Locator | null;
  /** The in-text citation that supports the quotation, or `null`. */
  readonly citationId: CitationId | null;
  /** The enclosing quotation, for a quotation inside a quotation; otherwise `null`. */
  readonly parentId: QuoteId | null;
  /** Editorial notes on this quotation (irregular marks, for example). */
  readonly noteIds: readonly NoteId[];
  /**
   * The editor's reasoning where the reading is not obvious (why this kind, this speaker, this
   * citation), or `null`.
   */
  readonly rationale: string | null;
}

/** How a citation is set in the sentence. */
export type CitationForm = 'parenthetical' | 'narrative';

/**
 * An in-text citation such as `(Filtzer, 1993:13-5)`, `(ibid.:paras 8-9)` or `Jones (2006:2)`.
 */
export interface Citation extends Span {
  /** Stable identifier. */
  readonly id: CitationId;
  /** Parenthetical `(Author, year:page)` or narrative `Author (year:page)`. */
  readonly form: CitationForm;
  /** Whether the citation is printed as "ibid.". */
  readonly ibid: boolean;
  /** The bibliography entry cited ("ibid." resolved to the source cited immediately before). */
  readonly referenceId: ReferenceId;
  /** The pinpoint, or `null` when none is printed or inherited. */
  readonly locator: Locator | null;
  /** For an "ibid.", the citation it repeats (the one immediately before it); otherwise `null`. */
  readonly repeatsId: CitationId | null;
  /** The editor's reasoning where the reading is not obvious, or `null`. */
  readonly rationale: string | null;
}

/** The bibliographic type of an entry. */
export type ReferenceType = 'book' | 'chapter' | 'article' | 'archival-document';

/** A personal name, parsed, with the form in which it is printed. */
export interface Name {
  /** Family name, corrected where the printed form is irregular. */
  readonly family: string;
  /** Given names or initials, or `null` when none is known. */
  readonly given: string | null;
  /** The name exactly as printed (`———` resolved entries keep the dashes here). */
  readonly printed: string;
}

/** A page range of a chapter or article. */
export interface PageRange {
  /** First page. */
  readonly start: number;
  /** Last page. */
  readonly end: number;
}

/** One bibliography entry, as printed and parsed. */
export interface Reference {
  /** Author-year identifier, e.g. `filtzer-1993`. */
  readonly id: ReferenceId;
  /** The bibliography block that prints the entry. */
  readonly blockId: BlockId;
  /** The entry exactly as printed. */
  readonly text: string;
  /** Book, chapter, article or archival document. */
  readonly type: ReferenceType;
  /** Authors in printed order. */
  readonly authors: readonly Name[];
  /** Editors in printed order. */
  readonly editors: readonly Name[];
  /** Year of publication (or of the document). */
  readonly year: number;
  /** Title without surrounding quotation marks and trailing punctuation. */
  readonly title: string;
  /** The book, journal or collection that contains the work, or `null`. */
  readonly containerTitle: string | null;
  /** Volume, or `null`. */
  readonly volume: string | null;
  /** Issue, or `null`. */
  readonly issue: string | null;
  /** Page range, or `null`. */
  readonly pages: PageRange | null;
  /** Publisher, or `null`. */
  readonly publisher: string | null;
  /** Place of publication, or `null`. */
  readonly place: string | null;
  /** Institution that holds or issues the document, or `null`. */
  readonly institution: string | null;
  /** Archive that holds the document, or `null`. */
  readonly archive: string | null;
  /** Web address as printed, or `null`. */
  readonly url: string | null;
  /** Editorial notes on the entry. */
  readonly noteIds: readonly NoteId[];
}
