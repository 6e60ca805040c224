import { checkData } from '../internal/check-data.js';
import { derivedOfData } from '../internal/derived-of-data.js';
import type { EssayData } from '../types/index.js';
import { entriesByBlock } from './tei/entries-by-block.js';
import { teiHeader } from './tei/header.js';
import { inlineSpansByBlock, type NoteTargets } from './tei/inline-spans.js';
import { teiStandOff } from './tei/stand-off.js';
import { teiText } from './tei/text.js';
import { xmlAttributes } from './tei/xml.js';

/** The edition data `toTei` reads. */
export type TeiData = Pick<
  EssayData,
  'essay' | 'blocks' | 'sections' | 'quotes' | 'citations' | 'references' | 'notes' | 'claims' | 'people' | 'places' | 'organisations' | 'events'
>;

/** The schema the document names in its `xml-model` processing instructions: `tei_all` of TEI P5 4.3.0, the release it is validated against. */
const teiAll = 'https://www.tei-c.org/Vault/P5/4.3.0/xml/tei/custom/schema/relaxng/tei_all.rng';

/**
 * The given edition data as one TEI P5 document, valid against `tei_all` (see the root entry's
 * `toTei` for what it holds). Reads only `data`; a fresh string on every call.
 *
 * @param data - The collections it reads: the package’s own, or a copy or fixture of the same shape.
 * @throws {TypeError} If `data` is not an object or a collection is not an array.
 * @returns The TEI document, UTF-8, with its XML declaration and `xml-model` processing instructions.
 *
 * @example
 * ```ts
 * import data from 'destalinisation-essay/essay.json' with { type: 'json' };
 * import { toTei } from 'destalinisation-essay/edition';
 *
 * toTei(data).includes('<p xml:id="p1" n="1">'); // true
 * ```
 */
export function toTei(data: TeiData): string {
  checkData('toTei(data)', data, teiCollections);
  return teiOf(data);
}

/** The names of the collections the document is made from. */
const teiCollections = [
  'essay',
  'blocks',
  'sections',
  'quotes',
  'citations',
  'references',
  'notes',
  'claims',
  'people',
  'places',
  'organisations',
  'events',
] as const;

/**
 * The document, made once per set of frozen collections (a string cannot change once returned), and
 * afresh from data that may still change.
 */
const teiOf = /* @__PURE__ */ derivedOfData(teiCollections, (data: TeiData): string => {
  // Indexed once per call: data that is not frozen is indexed afresh on every ask.
  const entries = entriesByBlock(data.references);
  const blockXmlId = (blockId: string): string => entries.get(blockId)?.id ?? blockId;
  const targets: NoteTargets = new Map();
  const spans = inlineSpansByBlock(data, targets);
  // The text first: laying it out tells each note the ids of the words it points at.
  const text = teiText(data, spans, targets);
  const standOff = teiStandOff(data, blockXmlId);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<?xml-model href="${teiAll}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>`,
    `<?xml-model href="${teiAll}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>`,
    `<TEI${xmlAttributes({ xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:lang': data.essay.language })}>`,
    teiHeader(data),
    text,
    ...(standOff ? [standOff] : []),
    '</TEI>',
    '',
  ].join('\n');
});
