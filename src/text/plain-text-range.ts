import { checkData } from '../internal/check-data.js';
import { derivedOf } from '../internal/derived-of.js';
import { describeValue } from '../internal/describe-value.js';
import type { Block, EssayData, Span } from '../types/index.js';
import { separatorBetween } from './internal/join-blocks.js';

/** Where each block starts in the plain text, and how long it is: once per frozen array of blocks. */
const blockOffsets = /* @__PURE__ */ derivedOf((blocks: readonly Block[]) => {
  const starts = new Map<string, number>();
  const lengths = new Map<string, number>();
  let at = 0;
  blocks.forEach((block, i) => {
    if (i > 0) at += separatorBetween(blocks[i - 1]!, block).length;
    starts.set(block.id, at);
    lengths.set(block.id, block.text.length);
    at += block.text.length;
  });
  return { starts, lengths } as { readonly starts: ReadonlyMap<string, number>; readonly lengths: ReadonlyMap<string, number> };
});

/**
 * Where a span lies in the plain text of some edition data ({@link toPlainText} of the same data):
 * UTF-16 offsets, so that `toPlainText(data).slice(range.start, range.end) === span.text`. Returns
 * `undefined` for a span whose block is not in `data.blocks`.
 *
 * @param data - The edition data it reads: `blocks`.
 * @param span - A span (`blockId`, `start`, `end`) of any annotation.
 * @returns UTF-16 offsets into `toPlainText(data)`, or `undefined`.
 *
 * @throws {TypeError} when `data` has no `blocks` array, `span` is not an object, `blockId` is not a string, or `start` or `end` is not a number.
 * @throws {RangeError} when `start` and `end` are not whole numbers with `0 <= start <= end <=` the block's length.
 *
 * @example
 * ```ts
 * const data = {
 *   blocks: [
 *     { id: 'h1', kind: 'heading', text: 'Introduction', sectionId: 'introduction' },
 *     { id: 'p1', kind: 'paragraph', text: 'Opening words.', sectionId: 'introduction', n: 1 },
 *   ],
 * } as const;
 * // 'words': 13 code units of the heading and its line break, then 8 into the paragraph
 * plainTextRange(data, { blockId: 'p1', start: 8, end: 13 }); // { start: 21, end: 26 }
 * ```
 */
export function plainTextRange(
  data: Pick<EssayData, 'blocks'>,
  span: Pick<Span, 'blockId' | 'start' | 'end'>,
): { readonly start: number; readonly end: number } | undefined {
  checkData('plainTextRange(data, span)', data, ['blocks']);
  if (typeof span !== 'object' || span === null)
    throw new TypeError(`plainTextRange(span): expected a span { blockId, start, end }, got ${describeValue(span)}`);
  const { blockId, start, end } = span;
  if (typeof blockId !== 'string' || typeof start !== 'number' || typeof end !== 'number') {
    throw new TypeError('plainTextRange(span): expected a span { blockId, start, end } with a string blockId and number offsets');
  }
  const { starts, lengths } = blockOffsets(data.blocks);
  const blockStart = starts.get(blockId);
  if (blockStart === undefined) return undefined;
  const length = lengths.get(blockId)!;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(
      `plainTextRange(span): expected whole-number offsets with 0 <= start <= end <= ${length} in block ${blockId}, got ${start} and ${end}`,
    );
  }
  return Object.freeze({ start: blockStart + start, end: blockStart + end });
}
