import type { Citation, EssayData, Name, Reference } from '../types/index.js';
import type { CslCitation, CslCitationItem, CslExport, CslItem, CslName } from '../types/csl.js';
import { checkData } from '../internal/check-data.js';

/** The address that the CSL citation schema (`csl-citation.json`) requires as every citation's `schema`. */
const citationSchema = 'https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json';

/**
 * CSL item types. Archival documents are `manuscript` (CSL's type for unpublished and historical
 * documents), as the BibLaTeX export makes them `@unpublished`, the BibLaTeX type citeproc and
 * citation-js read as `manuscript`.
 */
const cslTypes = {
  book: 'book',
  chapter: 'chapter',
  article: 'article-journal',
  'archival-document': 'manuscript',
} as const;

function cslName(name: Name): CslName {
  return name.given === null ? { family: name.family } : { family: name.family, given: name.given };
}

/** Leaves out the fields a reference does not have (CSL-JSON has no nulls). */
function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function item(ref: Reference): CslItem {
  return defined({
    id: ref.id,
    type: cslTypes[ref.type],
    title: ref.title,
    author: ref.authors.map(cslName),
    editor: ref.editors.length ? ref.editors.map(cslName) : undefined,
    issued: { 'date-parts': [[ref.year]] },
    'container-title': ref.containerTitle ?? undefined,
    volume: ref.volume ?? undefined,
    issue: ref.issue ?? undefined,
    page: ref.pages ? `${ref.pages.start}-${ref.pages.end}` : undefined,
    publisher: ref.publisher ?? ref.institution ?? undefined,
    'publisher-place': ref.place ?? undefined,
    archive: ref.archive ?? undefined,
    URL: ref.url ?? undefined,
  }) as unknown as CslItem;
}

function citationItem(citation: Citation): CslCitationItem {
  const { locator } = citation;
  const pinpoint = locator ? { locator: locator.start === locator.end ? String(locator.start) : `${locator.start}-${locator.end}`, label: locator.unit } : {};
  // A narrative citation's sentence names the author ("Jones (2006:2) points out"): the style prints the rest.
  const narrative = citation.form === 'narrative' ? { 'suppress-author': true as const } : {};
  return { id: citation.referenceId, ...pinpoint, ...narrative };
}

function cslCitation(citation: Citation): CslCitation {
  return { schema: citationSchema, citationID: citation.id, citationItems: [citationItem(citation)], properties: { noteIndex: 0 } };
}

/**
 * The bibliography of some edition data as CSL-JSON 1.0.2 items, and its in-text citations as CSL
 * citation objects; the data-first form of the root entry's `toCslJson()`. Reads only
 * `data.references` and `data.citations`.
 *
 * @param data - The collections it reads: `references` and `citations` (an `EssayData`, or a fixture).
 * @returns A fresh `{ items, citations }` object; `items` alone is a CSL-JSON array.
 *
 * @throws {TypeError} when `data` is not an object with `references` and `citations` arrays.
 *
 * @example
 * ```ts
 * import { citations, references } from 'destalinisation-essay';
 * import { toCslJson } from 'destalinisation-essay/edition';
 * const { items } = toCslJson({ references, citations });
 * items.find((item) => item.id === 'kramer-1995')?.issue; // '6/7'
 * ```
 */
export function toCslJson(data: Pick<EssayData, 'references' | 'citations'>): CslExport {
  checkData('toCslJson(data)', data, ['references', 'citations']);
  return { items: data.references.map(item), citations: data.citations.map(cslCitation) };
}
