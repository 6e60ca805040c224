import { blocks } from '../collections/blocks.js';
import { citations } from '../collections/citations.js';
import { notes } from '../collections/notes.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { segmentTree as segmentTreeOf } from '../apparatus/segment-tree.js';
import type { BlockId } from '../generated/ids.js';
import type { SegmentNode, SegmentOptions } from '../types/index.js';

/**
 * A block as a tree for highlighting: one node per quote, citation, mention or editorial note, each
 * holding its text and the annotations nested in it (a quotation inside a quotation is a child of
 * it), so that each annotation can be drawn as one element with its own hover, focus and ARIA.
 * `include` chooses the layers (default `['quotes', 'citations', 'mentions', 'notes']`); where two
 * annotations cross rather than nest, the layer named first is kept whole and the other is split
 * into parts, each a node whose `start` and `end` differ from its record's. With `quotes` named
 * first, as by default, every quote of the package's data is one node. Text nodes (`kind: 'text'`) hold the words; the
 * texts joined in reading order are the block's text. An unknown block id gives `undefined`, like
 * the lookups.
 *
 * @param blockId - A block id, e.g. `p10`.
 * @param options - `include`: the layers in the tree, in order of precedence where two cross.
 * @returns The block's top-level nodes in reading order (frozen, with their children), or `undefined`.
 *
 * @throws {TypeError} when the options are not a plain object, or `include` is not an array.
 * @throws {RangeError} when `include` is empty, names an unknown layer or one twice.
 *
 * @example
 * ```ts
 * import { segmentTree, type SegmentNode } from 'destalinisation-essay';
 *
 * const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
 * // One <q> per quotation, nested ones inside their parents; the essay prints its own marks.
 * const render = (node: SegmentNode): string =>
 *   node.kind === 'text' ? escapeHtml(node.text) : `<q data-quote-id="${node.record.id}">${node.children.map(render).join('')}</q>`;
 * const html = segmentTree('p10', { include: ['quotes'] })!.map(render).join('');
 * const outer = segmentTree('p10', { include: ['quotes'] })!.find((node) => node.kind === 'quote' && node.record.id === 'p10-q1');
 * outer?.kind === 'quote' && outer.children.filter((node) => node.kind === 'quote').map((node) => node.record.id); // ['p10-q2']
 * ```
 */
export function segmentTree(blockId: BlockId, options?: SegmentOptions): readonly SegmentNode[];
export function segmentTree(blockId: string, options?: SegmentOptions): readonly SegmentNode[] | undefined;
export function segmentTree(blockId: string, options?: SegmentOptions): readonly SegmentNode[] | undefined {
  return segmentTreeOf({ blocks, quotes, citations, notes, people, places, organisations }, blockId, options);
}
