import { blocks } from '../collections/blocks.js';
import { sections } from '../collections/sections.js';
import type { SectionId } from '../generated/ids.js';
import { blocksIn as blocksOf } from '../text/blocks-in.js';
import type { Block } from '../types/index.js';

/**
 * Every block of a section in reading order, its subsections' blocks included (a section's own
 * blocks always come before its first subsection). Returns `undefined` for an unknown section id.
 * The array is a fresh frozen copy.
 *
 * @param sectionId - A section id, e.g. `polish-october`.
 * @returns A fresh frozen array of blocks, or `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * blocksIn('international-communism')?.length; // 22: the three case studies with their documents
 * ```
 */
export function blocksIn(sectionId: SectionId): readonly Block[];
export function blocksIn(sectionId: string): readonly Block[] | undefined;
export function blocksIn(sectionId: string): readonly Block[] | undefined {
  return blocksOf({ blocks, sections }, sectionId);
}
