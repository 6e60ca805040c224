import { blocks } from '../collections/blocks.js';
import { citations } from '../collections/citations.js';
import { citationsIn as citationsOf } from '../apparatus/citations-in.js';
import type { BlockId } from '../generated/ids.js';
import type { Citation } from '../types/index.js';

/**
 * The in-text citations of a block, in reading order. A known block without citations gives
 * `[]`; an unknown block id gives `undefined`.
 *
 * @param blockId - A block id, e.g. `p5`.
 * @returns The citations (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * citationsIn('p5').map((c) => c.text); // ['(Filtzer, 1993:13-5)', '(ibid.)']
 * ```
 */
export function citationsIn(blockId: BlockId): readonly Citation[];
export function citationsIn(blockId: string): readonly Citation[] | undefined;
export function citationsIn(blockId: string): readonly Citation[] | undefined {
  return citationsOf({ citations, blocks }, blockId);
}
