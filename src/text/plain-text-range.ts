import { blocks } from '../collections/blocks.js';
import type { Span } from '../types/index.js';
import { separatorBetween } from './internal/join-blocks.js';

let starts: ReadonlyMap<string, number> | undefined;

function blockStarts(): ReadonlyMap<string, number> {
  if (!starts) {
    const map = new Map<string, number>();
    let at = 0;
    blocks.forEach((block, i) => {
      if (i > 0) at += separatorBetween(blocks[i - 1]!, block).length;
      map.set(block.id, at);
      at += block.text.length;
    });
    starts = map;
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
 * @example
 * ```ts
 * const range = plainTextRange(getQuote('p10-q2'));
 * ```
 */
export function plainTextRange(span: Pick<Span, 'blockId' | 'start' | 'end'>): { readonly start: number; readonly end: number } | undefined {
  const blockStart = blockStarts().get(span.blockId);
  return blockStart === undefined ? undefined : { start: blockStart + span.start, end: blockStart + span.end };
}
