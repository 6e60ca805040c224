import { essay } from '../collections/essay.js';
import { references } from '../collections/references.js';
import { teiHeader } from './tei/header.js';
import { inlineSpansByBlock } from './tei/inline-spans.js';
import { teiStandOff } from './tei/stand-off.js';
import { teiText } from './tei/text.js';
import { xmlAttributes } from './tei/xml.js';

/** The `xml:id` that stands for a block: a bibliography entry is its reference's `<bibl>`. */
function blockXmlId(blockId: string): string {
  return references.find((reference) => reference.blockId === blockId)?.id ?? blockId;
}

/**
 * The whole edition as one TEI P5 document, valid against `tei_all`: the header (title, source,
 * editorial declaration, package version); the text with one `div` per section, paragraphs
 * `xml:id`'d `p1` … `p29`, and every quotation, term, title, citation, mention, claim and
 * editorial note on its exact words; the bibliography as a `listBibl`; and in `standOff` the
 * people, places (with `geo`), organisations, events (dated) and the argument's relations.
 * Sections' `xml:id`s take the prefix `section.`; every other record keeps its id. The printed
 * text is unchanged: leaving out `corr` and `note`, each paragraph's text content is the
 * paragraph's text. A fresh string on every call.
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
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<TEI${xmlAttributes({ xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:lang': essay.language })}>`,
    teiHeader(),
    teiText(inlineSpansByBlock()),
    teiStandOff(blockXmlId),
    '</TEI>',
    '',
  ].join('\n');
}
