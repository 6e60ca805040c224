/** A CSL-JSON name (CSL data schema 1.0.2). */
export interface CslName {
  /** Family name. */
  readonly family: string;
  /** Given name or initials. */
  readonly given?: string;
}

/** A CSL-JSON date: `date-parts` holds `[year]` here. */
export interface CslDate {
  /** One date, as `[[year, month?, day?]]`. */
  readonly 'date-parts': readonly (readonly number[])[];
}

/**
 * A CSL-JSON item (CSL data schema 1.0.2), as {@link toCslJson} writes it: only the fields the
 * bibliography fills; archival documents are `manuscript` items with `archive` and `URL`.
 */
export interface CslItem {
  /** The reference id, e.g. `filtzer-1993`. */
  readonly id: string;
  /** `book`, `chapter`, `article-journal` or `manuscript`. */
  readonly type: 'book' | 'chapter' | 'article-journal' | 'manuscript';
  /** The title. */
  readonly title: string;
  /** Authors. */
  readonly author: readonly CslName[];
  /** Editors, where there are any. */
  readonly editor?: readonly CslName[];
  /** The year of publication or of the document. */
  readonly issued: CslDate;
  /** The book or journal that contains the work. */
  readonly 'container-title'?: string;
  /** Volume, where the journal numbers its volumes. */
  readonly volume?: string;
  /** Issue (`6/7` for a double issue of a journal numbered by issue alone). */
  readonly issue?: string;
  /** Page range, e.g. `170-185`. */
  readonly page?: string;
  /** Publisher (for archival documents, the institution that publishes the archive). */
  readonly publisher?: string;
  /** Place of publication. */
  readonly 'publisher-place'?: string;
  /** The archive that holds a document. */
  readonly archive?: string;
  /** Web address. */
  readonly URL?: string;
}

/** One cited item of a citation: the source, with the pinpoint as CSL `locator` and `label`. */
export interface CslCitationItem {
  /** The CSL item (reference) id. */
  readonly id: string;
  /** The pinpoint, e.g. `13-15` or `8-9`. */
  readonly locator?: string;
  /** `page` or `paragraph`. */
  readonly label?: 'page' | 'paragraph';
  /**
   * `true` for a narrative citation ("Jones (2006:2) points out"): the sentence names the author,
   * so a style prints only the year and pinpoint, "(2006, p. 2)".
   */
  readonly 'suppress-author'?: true;
}

/**
 * A citation as a CSL citation object (`csl-citation.json`), the form citeproc-js and word-processor
 * plugins take: `schema`, `citationID`, `citationItems`, `properties`.
 */
export interface CslCitation {
  /** The address of the CSL citation schema (`csl-citation.json`), which that schema requires. */
  readonly schema: 'https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json';
  /** The in-text citation id, e.g. `p5-c1`. */
  readonly citationID: string;
  /** The one source it cites ("ibid." resolved). */
  readonly citationItems: readonly [CslCitationItem];
  /** In-text citations are not in notes: `noteIndex` is 0. */
  readonly properties: { readonly noteIndex: 0 };
}

/**
 * What {@link toCslJson} returns: the bibliography as CSL items and every in-text citation. `items`
 * alone is a CSL-JSON file (a bare array, as Pandoc, Zotero and citeproc-js read it).
 */
export interface CslExport {
  /** The 14 references as CSL-JSON items, in printed order: a CSL-JSON array. */
  readonly items: readonly CslItem[];
  /** Every in-text citation, in reading order, with its pinpoint. */
  readonly citations: readonly CslCitation[];
}
