import { blocks } from '../collections/blocks.js';
import { sections } from '../collections/sections.js';
import { sectionOf as sectionIn } from '../text/section-of.js';
import type { Section } from '../types/index.js';

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
  return sectionIn({ blocks, sections }, blockId);
}
