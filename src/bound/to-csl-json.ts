import { citations } from '../collections/citations.js';
import { references } from '../collections/references.js';
import { toCslJson as cslJsonOf } from '../export/to-csl-json.js';
import type { CslExport } from '../types/csl.js';

/**
 * The bibliography as CSL-JSON 1.0.2 items (archival documents as `manuscript` with `archive` and
 * `URL`; Kramer 1995's double issue as `issue` "6/7", with no volume), and every in-text citation
 * as a CSL citation object (`schema`, `citationID`, `citationItems`, `properties`) whose item
 * carries the pinpoint as `locator` and `label` ("ibid." is a rendering choice of a style, so it is
 * resolved, never stored) and, for the six narrative citations ("Jones (2006:2) points out"),
 * `suppress-author`. `items` alone is a CSL-JSON file, the bare array Pandoc, Zotero and
 * citeproc-js read (`export --format csl` writes it). A fresh, mutable object on every call.
 *
 * @returns A fresh `{ items, citations }` object.
 *
 * @example
 * ```ts
 * const { items, citations } = toCslJson();
 * items[0]?.type; // 'book'
 * citations.find((c) => c.citationID === 'p5-c2')?.citationItems[0]; // { id: 'filtzer-1993', locator: '13-15', label: 'page' }
 * citations.find((c) => c.citationID === 'p3-c1')?.citationItems[0]; // { id: 'jones-2006', locator: '2', label: 'page', 'suppress-author': true }
 * ```
 */
export function toCslJson(): CslExport {
  return cslJsonOf({ references, citations });
}
