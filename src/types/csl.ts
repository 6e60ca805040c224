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
  /** Volume. */
  readonly volume?: string;
  /** Issue. */
  readonly issue?: string;
  /** Page range, e.g. `170-185`. */
  readonly page?: string;
  /** Publisher (for archival documents, the institution). */
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
}

/** A citation in the citeproc form: `citationID`, `citationItems`, `properties`. */
export interface CslCitation {
  /** The in-text citation id, e.g. `p5-c1`. */
  readonly citationID: string;
  /** The one source it cites ("ibid." resolved). */
  readonly citationItems: readonly [CslCitationItem];
  /** In-text citations are not in notes: `noteIndex` is 0. */
  readonly properties: { readonly noteIndex: 0 };
}

/** What {@link toCslJson} returns: the bibliography as CSL items and every in-text citation. */
export interface CslExport {
  /** The 14 references as CSL-JSON items, in printed order. */
  readonly items: readonly CslItem[];
  /** Every in-text citation, in reading order, with its pinpoint. */
  readonly citations: readonly CslCitation[];
}
