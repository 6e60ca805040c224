import type { BlockId, ParagraphId, ParagraphNumber, SectionId } from '../generated/ids.js';
import type { Block } from '../types/index.js';
import type { StoredBlock, StoredSection } from '../generated/data-types.js';

/**
 * Builds the public blocks from `data/blocks.json`, taking each block's section from the
 * outline and numbering the paragraphs in reading order.
 */
export function loadBlocks(raw: readonly StoredBlock[], sections: readonly StoredSection[]): Block[] {
  const sectionOf = new Map<string, SectionId>();
  for (const section of sections) {
    for (const blockId of section.blockIds) sectionOf.set(blockId, section.id as SectionId);
  }
  let n = 0;
  return raw.map((block): Block => {
    const sectionId = sectionOf.get(block.id) ?? null;
    if (block.kind === 'paragraph') {
      n++;
      if (sectionId === null) throw new RangeError(`paragraph ${block.id} is in no section`);
      return {
        id: block.id as ParagraphId,
        kind: 'paragraph',
        text: block.text,
        sectionId,
        n: n as ParagraphNumber,
      };
    }
    return {
      id: block.id as Exclude<BlockId, ParagraphId>,
      kind: block.kind,
      text: block.text,
      sectionId,
    };
  });
}
