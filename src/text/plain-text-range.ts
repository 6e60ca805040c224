import { blocks } from '../collections/blocks.js';
import { describeValue } from '../internal/describe-value.js';
import type { Span } from '../types/index.js';
import { separatorBetween } from './internal/join-blocks.js';

let starts: ReadonlyMap<string, number> | undefined;
let lengths: ReadonlyMap<string, number> | undefined;

function blockStarts(): ReadonlyMap<string, number> {
  if (!starts) {
    const map = new Map<string, number>();
    const blockLengths = new Map<string, number>();
    let at = 0;
    blocks.forEach((block, i) => {
      if (i > 0) at += separatorBetween(blocks[i - 1]!, block).length;
      map.set(block.id, at);
      blockLengths.set(block.id, block.text.length);
      at += block.text.length;
    });
    starts = map;
    lengths = blockLengths;
  }
  return starts;
}

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
  if (typeof span !== 'object' || span === null) throw new TypeError(`plainTextRange(span): expected a span { blockId, start, end }, got ${describeValue(span)}`);
  const { blockId, start, end } = span;
  if (typeof blockId !== 'string' || typeof start !== 'number' || typeof end !== 'number') {
    throw new TypeError('plainTextRange(span): expected a span { blockId, start, end } with a string blockId and number offsets');
  }
  const blockStart = blockStarts().get(blockId);
  if (blockStart === undefined) return undefined;
  const length = lengths!.get(blockId)!;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(`plainTextRange(span): expected whole-number offsets with 0 <= start <= end <= ${length} in block ${blockId}, got ${start} and ${end}`);
  }
  return Object.freeze({ start: blockStart + start, end: blockStart + end });
}
