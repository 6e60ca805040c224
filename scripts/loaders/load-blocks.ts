import { paragraphIds, paragraphNumbers, type ParagraphId, type SectionId } from '../../src/generated/ids.js';
import type { Block } from '../../src/types/index.js';
import type { StoredBlock, StoredSection } from '../generated/data-types.js';

const paragraphIdSet: ReadonlySet<string> = new Set(paragraphIds);

/** Whether a block id is a paragraph's (`p1` … `pN`). */
function isParagraphId(id: string): id is ParagraphId {
  return paragraphIdSet.has(id);
}

/**
 * Builds the public blocks from `data/blocks.json`, taking each block's section from the
 * outline and numbering the paragraphs in reading order.
 */
export function loadBlocks(raw: readonly StoredBlock[], sections: readonly StoredSection[]): Block[] {
  const sectionOf = new Map<string, SectionId>();
  for (const section of sections) {
    for (const blockId of section.blockIds) sectionOf.set(blockId, section.id);
  }
  let n = 0; // the paragraph's place in reading order
  return raw.map((block): Block => {
    const sectionId = sectionOf.get(block.id) ?? null;
    const { id, kind, text } = block;
    if (kind === 'paragraph') {
      n++;
      const number = paragraphNumbers.find((known) => known === n);
      if (!isParagraphId(id) || number === undefined) throw new RangeError(`paragraph ${id} is not one of p1 … p${paragraphIds.length}`);
      if (sectionId === null) throw new RangeError(`paragraph ${id} is in no section`);
      return { id, kind, text, sectionId, n: number };
    }
    if (isParagraphId(id)) throw new RangeError(`block ${id}: a paragraph id on a block of kind ${kind}`);
    return { id, kind, text, sectionId };
  });
}
