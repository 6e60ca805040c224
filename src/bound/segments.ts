import { blocks } from '../collections/blocks.js';
import { citations } from '../collections/citations.js';
import { notes } from '../collections/notes.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { segments as segmentsOf } from '../apparatus/segments.js';
import type { BlockId } from '../generated/ids.js';
import type { Segment, SegmentOptions } from '../types/index.js';

/**
 * A block's text split into segments that do not overlap and cover it from start to end, cut
 * wherever a quote, citation, mention or editorial note begins or ends. Each segment lists what
 * covers it, outermost first, so nested and crossing annotations need no further work: wrap each
 * segment in a mark per quote it lists (or style it by the innermost). The segments' texts joined
 * are the block's text; an annotation is covered exactly by the segments that list it. An unknown
 * block id gives `undefined`, like the lookups. `include` chooses the layers that cut the text
 * (default all four): `{ include: ['quotes'] }` cuts p10 only where a quotation begins or ends,
 * and leaves the other lists empty. For one element per quotation, with the nested ones inside
 * it, see {@link segmentTree}.
 *
 * @param blockId - A block id, e.g. `p10`.
 * @param options - `include`: the layers that cut the text, any of `quotes`, `citations`, `mentions`, `notes` (default all four).
 * @returns The segments in reading order (frozen), or `undefined`.
 *
 * @throws {TypeError} when the options are not a plain object, or `include` is not an array.
 * @throws {RangeError} when `include` is empty, names an unknown layer or one twice.
 *
 * @example
 * ```ts
 * const html = segments('p10')!
 *   .map((s) => (s.quotes.length ? `<q data-id="${s.quotes.at(-1)!.id}">${s.text}</q>` : s.text))
 *   .join('');
 * segments('p10')!.find((s) => s.quotes.length === 2)?.quotes.map((q) => q.id); // ['p10-q1', 'p10-q2']
 * segments('p10', { include: ['quotes'] })!.length < segments('p10')!.length; // true
 * ```
 */
export function segments(blockId: BlockId, options?: SegmentOptions): readonly Segment[];
export function segments(blockId: string, options?: SegmentOptions): readonly Segment[] | undefined;
export function segments(blockId: string, options?: SegmentOptions): readonly Segment[] | undefined {
  return segmentsOf({ blocks, quotes, citations, notes, people, places, organisations }, blockId, options);
}
