import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import type { EssayData, Section } from '../types/index.js';

/**
 * The innermost section a block of some edition data belongs to. Returns `undefined` for a block
 * id that is not in `data.blocks`, and for a block in no section (the front matter).
 *
 * @param data - The edition data it reads: `blocks` and `sections`.
 * @param blockId - A block id, e.g. `p17`.
 * @returns The section, or `undefined`.
 *
 * @throws {TypeError} when `data` has no `blocks` or `sections` array.
 *
 * @example
 * ```ts
 * import { blocks, sections } from 'destalinisation-essay';
 * sectionOf({ blocks, sections }, 'p17')?.id; // 'gomulka-notes'
 * ```
 */
export function sectionOf(data: Pick<EssayData, 'blocks' | 'sections'>, blockId: string): Section | undefined {
  checkData('sectionOf(data, blockId)', data, ['blocks', 'sections']);
  const sectionId = recordsById(data.blocks).get(blockId)?.sectionId;
  return sectionId == null ? undefined : recordsById(data.sections).get(sectionId);
}
