import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy, groupOf } from '../internal/group-by.js';
import type { EssayData, Quote } from '../types/index.js';

const byBlock = /* @__PURE__ */ groupBy((quote: Quote) => [quote.blockId]);

/**
 * The quotes of a block of some edition data, in the order of `data.quotes` (reading order, nested
 * ones after the quote that encloses them). A block of `data.blocks` without quotes gives `[]`; a
 * block id not in `data.blocks` gives `undefined`.
 *
 * @param data - The edition data it reads: `quotes`, and `blocks` for the ids it knows.
 * @param blockId - A block id, e.g. `p10`.
 * @returns The quotes (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` has no `quotes` or `blocks` array.
 *
 * @example
 * ```ts
 * import { blocks, quotes } from 'destalinisation-essay';
 * quotesIn({ blocks, quotes }, 'p10')?.map((q) => q.speakerIds); // [['khrushchev'], ['lenin']]
 * ```
 */
export function quotesIn(data: Pick<EssayData, 'quotes' | 'blocks'>, blockId: string): readonly Quote[] | undefined {
  checkData('quotesIn(data, blockId)', data, ['quotes', 'blocks']);
  return groupOf(byBlock(data.quotes), blockId, (id) => recordsById(data.blocks).has(id));
}
