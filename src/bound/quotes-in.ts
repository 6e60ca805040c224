import { blocks } from '../collections/blocks.js';
import { quotes } from '../collections/quotes.js';
import { quotesIn as quotesOf } from '../apparatus/quotes-in.js';
import type { BlockId } from '../generated/ids.js';
import type { Quote } from '../types/index.js';

/**
 * The quotes of a block, in reading order (nested ones after the quote that encloses them).
 * A known block without quotes gives `[]`; an unknown block id gives `undefined`.
 *
 * @param blockId - A block id, e.g. `p10`.
 * @returns The quotes (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * quotesIn('p10').map((q) => q.speakerIds); // [['khrushchev'], ['lenin']]
 * ```
 */
export function quotesIn(blockId: BlockId): readonly Quote[];
export function quotesIn(blockId: string): readonly Quote[] | undefined;
export function quotesIn(blockId: string): readonly Quote[] | undefined {
  return quotesOf({ quotes, blocks }, blockId);
}
