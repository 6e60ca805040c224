import type { SectionId } from '../generated/ids.js';
import type { Block } from '../types/index.js';
import { getBlock } from '../lookups/get-block.js';
import { getSection } from '../lookups/get-section.js';

function collect(sectionId: SectionId, into: Block[]): Block[] {
  const section = getSection(sectionId);
  for (const blockId of section.blockIds) into.push(getBlock(blockId));
  for (const childId of section.childIds) collect(childId, into);
  return into;
}

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
  const section = getSection(sectionId);
  return section && Object.freeze(collect(section.id, []));
}
