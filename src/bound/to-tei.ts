import { blocks } from '../collections/blocks.js';
import { citations } from '../collections/citations.js';
import { claims } from '../collections/claims.js';
import { essay } from '../collections/essay.js';
import { events } from '../collections/events.js';
import { notes } from '../collections/notes.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { references } from '../collections/references.js';
import { sections } from '../collections/sections.js';
import { toTei as teiOf } from '../export/to-tei.js';

/**
 * The whole edition as one TEI P5 document, valid against `tei_all` and its Schematron rules, named
 * in `xml-model` processing instructions. The header: title, edition (the package version),
 * publication statement with the licences, the source (the blog post as the essay gives it),
 * sampling and editorial declarations (correction, normalisation, quotation, hyphenation,
 * segmentation, interpretation), a taxonomy for every typed vocabulary, revision. The text: one
 * `div` per section, paragraphs `xml:id`'d `p1` … `p29`, every quotation (`quote`), term
 * (`soCalled`), title, citation, mention, claim and correction on its exact words, corrections and
 * regularisations as `choice` inside the names and citations they correct; the bibliography and
 * the editors' notes (pointing at their words) in the back; in `standOff` the people, places (typed,
 * with `geo`), organisations, events (dated, placed, with participants) and the argument's and the
 * quotations' relations. Quotation marks stay in the text, outside the elements. Sections'
 * `xml:id`s take the prefix `section.`; every other record keeps its id. The printed text is
 * unchanged: leaving out `corr` and `reg`, each paragraph's text content is the paragraph's text.
 * A fresh string on every call.
 *
 * @returns The TEI document, UTF-8, with its XML declaration.
 *
 * @example
 * ```ts
 * const tei = toTei();
 * tei.includes('<p xml:id="p1" n="1">'); // true
 * ```
 */
export function toTei(): string {
  return teiOf({ essay, blocks, sections, quotes, citations, references, notes, claims, people, places, organisations, events });
}
