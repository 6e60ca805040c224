import type { Section } from '../types/index.js';
import { getBlock } from '../lookups/get-block.js';
import { getSection } from '../lookups/get-section.js';

/**
 * The innermost section a block belongs to. Returns `undefined` for an unknown block id and for
 * the front matter (dateline, title and date), which belongs to no section.
 *
 * @param blockId - A block id, e.g. `p17`.
 * @returns The section, or `undefined`.
 *
 * @example
 * ```ts
 * sectionOf('p17')?.id; // 'gomulka-notes'
 * ```
 */
export function sectionOf(blockId: string): Section | undefined {
  const sectionId = getBlock(blockId)?.sectionId;
  return sectionId == null ? undefined : getSection(sectionId);
}
