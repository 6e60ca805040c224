import { quotes } from '../collections/quotes.js';
import { type BlockId, blockIds } from '../generated/ids.js';
import { groupBy } from '../internal/group-by.js';
import type { Quote } from '../types/index.js';

const find = /* @__PURE__ */ groupBy(() => quotes, (quote) => [quote.blockId], () => blockIds);

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
  return find(blockId);
}
