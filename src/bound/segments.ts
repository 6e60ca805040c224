import { blocks } from '../collections/blocks.js';
import { citations } from '../collections/citations.js';
import { notes } from '../collections/notes.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { segments as segmentsOf } from '../apparatus/segments.js';
import type { BlockId } from '../generated/ids.js';
import type { Segment } from '../types/index.js';

/**
 * A block's text split into segments that do not overlap and cover it from start to end, cut
 * wherever a quote, citation, mention or editorial note begins or ends. Each segment lists what
 * covers it, outermost first, so nested and crossing annotations need no further work: wrap each
 * segment in a mark per quote it lists (or style it by the innermost). The segments' texts joined
 * are the block's text; an annotation is covered exactly by the segments that list it. An unknown
 * block id gives `undefined`, like the lookups.
 *
 * @param blockId - A block id, e.g. `p10`.
 * @returns The segments in reading order (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * const html = segments('p10')!
 *   .map((s) => (s.quotes.length ? `<q data-id="${s.quotes.at(-1)!.id}">${s.text}</q>` : s.text))
 *   .join('');
 * segments('p10')!.find((s) => s.quotes.length === 2)?.quotes.map((q) => q.id); // ['p10-q1', 'p10-q2']
 * ```
 */
export function segments(blockId: BlockId): readonly Segment[];
export function segments(blockId: string): readonly Segment[] | undefined;
export function segments(blockId: string): readonly Segment[] | undefined {
  return segmentsOf({ blocks, quotes, citations, notes, people, places, organisations }, blockId);
}
