import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import type { Block, EssayData, Section } from '../types/index.js';

interface Outline {
  readonly blocks: ReadonlyMap<string, Block>;
  readonly sections: ReadonlyMap<string, Section>;
}

function collect(outline: Outline, section: Section, into: Block[], seen: Set<string>): Block[] {
  // (a section met twice, in data whose outline loops, is read once)
  if (seen.has(section.id)) return into;
  seen.add(section.id);
  for (const blockId of section.blockIds) {
    const block = outline.blocks.get(blockId);
    if (block) into.push(block);
  }
  for (const childId of section.childIds) {
    const child = outline.sections.get(childId);
    if (child) collect(outline, child, into, seen);
  }
  return into;
}

/**
 * Every block of a section of some edition data in reading order, its subsections' blocks
 * included (a section's own blocks before its first subsection). Returns `undefined` for a section
 * id that is not in `data.sections`. The array is a fresh frozen copy.
 *
 * @param data - The edition data it reads: `blocks` and `sections`.
 * @param sectionId - A section id, e.g. `polish-october`.
 * @returns A fresh frozen array of blocks, or `undefined` for an unknown id.
 *
 * @throws {TypeError} when `data` has no `blocks` or `sections` array.
 *
 * @example
 * ```ts
 * import { blocks, sections } from 'destalinisation-essay';
 * blocksIn({ blocks, sections }, 'international-communism')?.length; // 22
 * ```
 */
export function blocksIn(data: Pick<EssayData, 'blocks' | 'sections'>, sectionId: string): readonly Block[] | undefined {
  checkData('blocksIn(data, sectionId)', data, ['blocks', 'sections']);
  const outline: Outline = { blocks: recordsById(data.blocks), sections: recordsById(data.sections) };
  const section = outline.sections.get(sectionId);
  return section && Object.freeze(collect(outline, section, [], new Set()));
}
