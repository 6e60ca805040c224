import { checkData } from '../internal/check-data.js';
import type { EssayData, Segment, SegmentLayer, SegmentNode, SegmentOptions, Span } from '../types/index.js';
import { chosenLayers } from './internal/segment-layers.js';
import { segments } from './segments.js';

/** An annotation covering a segment, with its layer. */
interface Covering {
  readonly kind: 'quote' | 'citation' | 'mention' | 'note';
  readonly record: Span;
  readonly rank: number;
}

/** A node being built: its annotation, where it starts and the nodes inside it so far. */
interface OpenNode {
  readonly covering: Covering;
  readonly start: number;
  readonly children: SegmentNode[];
}

const kindOf = { quotes: 'quote', citations: 'citation', mentions: 'mention', notes: 'note' } as const;

/** `a` holds `b` and is longer. */
const holds = (a: Span, b: Span): boolean => a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;

/**
 * Outer first: an annotation before those it holds; where two cross (or cover the same words),
 * the layer named first in `include` before the other, so that it is kept whole.
 */
function outerFirst(a: Covering, b: Covering): number {
  if (holds(a.record, b.record)) return -1;
  if (holds(b.record, a.record)) return 1;
  return a.rank - b.rank || a.record.start - b.record.start;
}

/** The annotations covering a segment, from the outermost in. */
function pathOf(segment: Segment, include: readonly SegmentLayer[]): Covering[] {
  return include.flatMap((layer, rank) => segment[layer].map((record): Covering => ({ kind: kindOf[layer], record, rank }))).sort(outerFirst);
}

/**
 * A block of some edition data as a tree: one node per quote, citation, mention or editorial note
 * (or only those of the layers `include` names), holding the text and the annotations nested in
 * it, so that each annotation can be one element with its own hover, focus and ARIA. Where two
 * annotations cross rather than nest, the one of the layer named first in `include` is kept whole
 * and the other is split into parts (each a node whose `start` and `end` differ from its
 * record's). The tree's texts joined, in reading order, are the block's text. A block id not in
 * `data.blocks` gives `undefined`. The root's `segmentTree(blockId, options)` is this function
 * given the package's data.
 *
 * @param data - The edition data it reads: `blocks`, and the annotations: `quotes`, `citations`, `notes`, and the `mentions` of `people`, `places` and `organisations`.
 * @param blockId - A block id, e.g. `p10`.
 * @param options - `include`: the layers in the tree, in order of precedence where two cross (default `['quotes', 'citations', 'mentions', 'notes']`).
 * @returns The block's top-level nodes in reading order (frozen, with their children), or `undefined`.
 *
 * @throws {TypeError} when `data` lacks one of the arrays it reads, or the options are not a plain object with `include` an array.
 * @throws {RangeError} when `include` is empty, names an unknown layer or one twice.
 *
 * @example
 * ```ts
 * const data = {
 *   blocks: [{ id: 'p1', kind: 'paragraph', text: 'He called Lenin “a genius”.', sectionId: 'introduction', n: 1 }],
 *   people: [{ id: 'lenin', name: 'Vladimir Lenin', nameNote: null, variants: [], description: '', mentions: [{ blockId: 'p1', start: 10, end: 15, text: 'Lenin' }] }],
 *   quotes: [{ id: 'p1-q1', blockId: 'p1', start: 17, end: 25, text: 'a genius', kind: 'quotation', speakerIds: [], referenceId: null, locator: null, citationId: null, parentId: null, noteIds: [], rationale: '' }],
 *   citations: [], notes: [], places: [], organisations: [],
 * } as const;
 * segmentTree(data, 'p1', { include: ['quotes'] })?.map((node) => [node.kind, node.text]); // [['text', 'He called Lenin “'], ['quote', 'a genius'], ['text', '”.']]
 * ```
 */
export function segmentTree(
  data: Pick<EssayData, 'blocks' | 'quotes' | 'citations' | 'notes' | 'people' | 'places' | 'organisations'>,
  blockId: string,
  options?: SegmentOptions,
): readonly SegmentNode[] | undefined {
  checkData('segmentTree(data, blockId)', data, ['blocks', 'quotes', 'citations', 'notes', 'people', 'places', 'organisations']);
  const include = chosenLayers('segmentTree(blockId, options)', options);
  const pieces = segments(data, blockId, { include });
  if (pieces === undefined) return undefined;
  const text = pieces.map((piece) => piece.text).join('');
  const top: SegmentNode[] = [];
  const open: OpenNode[] = [];
  const close = (end: number): void => {
    const node = open.pop()!;
    const { kind, record } = node.covering;
    const closed = Object.freeze({ kind, record, start: node.start, end, text: text.slice(node.start, end), children: Object.freeze(node.children) });
    (open.at(-1)?.children ?? top).push(closed as SegmentNode);
  };
  let at = 0;
  for (const piece of pieces) {
    const path = pathOf(piece, include);
    let same = 0;
    while (same < open.length && same < path.length && open[same]!.covering.record === path[same]!.record) same++;
    while (open.length > same) close(at);
    for (const covering of path.slice(same)) open.push({ covering, start: piece.start, children: [] });
    (open.at(-1)?.children ?? top).push(Object.freeze({ kind: 'text', start: piece.start, end: piece.end, text: piece.text }));
    at = piece.end;
  }
  while (open.length > 0) close(at);
  return Object.freeze(top);
}
