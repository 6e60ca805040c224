import { citations } from '../collections/citations.js';
import { references } from '../collections/references.js';
import type { Name, Reference } from '../types/index.js';
import type { CslCitation, CslExport, CslItem, CslName } from '../types/csl.js';

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

/**
 * The bibliography as CSL-JSON 1.0.2 items (archival documents as `manuscript` with `archive` and
 * `URL`), and every in-text citation as a citeproc citation whose item carries the pinpoint as
 * `locator` and `label` ("ibid." is a rendering choice of a style, so it is resolved, never
 * stored). Ready for citeproc-js, citation-js or Zotero. A fresh, mutable object on every call.
 *
 * @returns A fresh `{ items, citations }` object.
 *
 * @example
 * ```ts
 * const { items, citations } = toCslJson();
 * items[0]?.type; // 'book'
 * citations.find((c) => c.citationID === 'p5-c2')?.citationItems[0]; // { id: 'filtzer-1993', locator: '13-15', label: 'page' }
 * ```
 */
export function toCslJson(): CslExport {
  return {
    items: references.map(item),
    citations: citations.map(
      (citation): CslCitation => ({
        citationID: citation.id,
        citationItems: [
          citation.locator
            ? {
                id: citation.referenceId,
                locator:
                  citation.locator.start === citation.locator.end
                    ? String(citation.locator.start)
                    : `${citation.locator.start}-${citation.locator.end}`,
                label: citation.locator.unit,
              }
            : { id: citation.referenceId },
        ],
        properties: { noteIndex: 0 },
      }),
    ),
  };
}
