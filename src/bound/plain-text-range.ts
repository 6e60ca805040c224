import { blocks } from '../collections/blocks.js';
import { plainTextRange as rangeIn } from '../text/plain-text-range.js';
import type { Span } from '../types/index.js';

/**
 * Where a span lies in {@link toPlainText}: UTF-16 offsets, so that
 * `toPlainText().slice(range.start, range.end) === span.text`. Returns `undefined` for a span whose
 * block is unknown.
 *
 * @param span - A span (`blockId`, `start`, `end`) of any annotation.
 * @returns UTF-16 offsets into `toPlainText()`, or `undefined`.
 *
 * @throws {TypeError} when `span` is not an object, `blockId` is not a string, or `start` or `end` is not a number.
 * @throws {RangeError} when `start` and `end` are not whole numbers with `0 <= start <= end <=` the block's length.
 *
 * @example
 * ```ts
 * const range = plainTextRange(getQuote('p10-q2'));
 * ```
 */
export function plainTextRange(span: Pick<Span, 'blockId' | 'start' | 'end'>): { readonly start: number; readonly end: number } | undefined {
  return rangeIn({ blocks }, span);
}
