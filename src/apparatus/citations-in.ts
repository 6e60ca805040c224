import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy, groupOf } from '../internal/group-by.js';
import type { Citation, EssayData } from '../types/index.js';

const byBlock = /* @__PURE__ */ groupBy((citation: Citation) => [citation.blockId]);

/**
 * The in-text citations of a block of some edition data, in the order of `data.citations`. A
 * block of `data.blocks` without citations gives `[]`; a block id not in `data.blocks` gives
 * `undefined`.
 *
 * @param data - The edition data it reads: `citations`, and `blocks` for the ids it knows.
 * @param blockId - A block id, e.g. `p5`.
 * @returns The citations (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` has no `citations` or `blocks` array.
 *
 * @example
 * ```ts
 * import { blocks, citations } from 'destalinisation-essay';
 * citationsIn({ blocks, citations }, 'p5')?.map((c) => c.text); // ['(Filtzer, 1993:13-5)', '(ibid.)']
 * ```
 */
export function citationsIn(data: Pick<EssayData, 'citations' | 'blocks'>, blockId: string): readonly Citation[] | undefined {
  checkData('citationsIn(data, blockId)', data, ['citations', 'blocks']);
  return groupOf(byBlock(data.citations), blockId, (id) => recordsById(data.blocks).has(id));
}
