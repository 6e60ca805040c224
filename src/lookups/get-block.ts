import { blocks } from '../collections/blocks.js';
import type { BlockId, ParagraphId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Block, Paragraph } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(blocks);

/**
 * Finds a block by id. A known literal id is typed as its block; any other string returns
 * `undefined` (inherited names such as `__proto__` included). Never throws.
 *
 * @param id - A block id, e.g. `p3` or `h1`.
 * @returns The block, or `undefined`.
 *
 * @example
 * ```ts
 * getBlock('p3').n; // 3: typed as a Paragraph
 * const userInput: string = 'h1';
 * getBlock(userInput)?.text; // 'Introduction' (typed Block | undefined)
 * ```
 */
export function getBlock(id: ParagraphId): Paragraph;
export function getBlock(id: BlockId): Block;
export function getBlock(id: string): Block | undefined;
export function getBlock(id: string): Block | undefined {
  return find(id);
}
