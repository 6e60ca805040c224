import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';
import { listIds } from './list-ids.js';

/**
 * The fields derived from the outline agree with it (rule `outline`): a section's `level` is its
 * depth, its `childIds` the sections that name it as parent (in order), its `headingBlockId` its
 * first block; a block's `sectionId` is the section whose `blockIds` hold it; `paragraphs` are the
 * paragraph blocks, record for record. Linear in the sections and blocks.
 */
export function checkDerivedOutline(data: EssayData, report: Report): void {
  const sectionById = new Map(data.sections.map((section) => [section.id as string, section]));
  const holder = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const section of data.sections) {
    for (const blockId of section.blockIds) holder.set(blockId, section.id);
    if (section.parentId === null) continue;
    const siblings = children.get(section.parentId);
    if (siblings) siblings.push(section.id);
    else children.set(section.parentId, [section.id]);
  }
  data.sections.forEach((section, index) => {
    const parent = section.parentId === null ? undefined : sectionById.get(section.parentId);
    const level = section.parentId === null ? 1 : parent && parent !== section ? parent.level + 1 : undefined;
    if (level !== undefined && section.level !== level) {
      report(['sections', index, 'level'], 'outline', `section ${section.id} has level ${section.level}, expected ${level}`);
    }
    const expected = children.get(section.id) ?? [];
    if (section.childIds.length !== expected.length || section.childIds.some((id, i) => id !== expected[i])) {
      report(['sections', index, 'childIds'], 'outline', `section ${section.id} lists children ${listIds(section.childIds)}, expected ${listIds(expected)}`);
    }
    if (section.headingBlockId !== section.blockIds[0]) {
      report(
        ['sections', index, 'headingBlockId'],
        'outline',
        `section ${section.id} has heading ${section.headingBlockId}, expected its first block ${section.blockIds[0] ?? '(none)'}`,
      );
    }
  });
  data.blocks.forEach((block, index) => {
    const expected = holder.get(block.id) ?? null;
    if (block.sectionId !== expected)
      report(['blocks', index, 'sectionId'], 'outline', `block ${block.id} has section ${block.sectionId ?? 'null'}, expected ${expected ?? 'null'}`);
  });
  const paragraphBlocks = data.blocks.filter((block) => block.kind === 'paragraph');
  const key = (record: unknown) => JSON.stringify(record);
  if (paragraphBlocks.length !== data.paragraphs.length) {
    report(['paragraphs'], 'paragraph', `paragraphs has ${data.paragraphs.length} records, expected the ${paragraphBlocks.length} paragraph blocks`);
  }
  data.paragraphs.forEach((paragraph, index) => {
    const block = paragraphBlocks[index];
    if (block && key(block) !== key(paragraph))
      report(['paragraphs', index], 'paragraph', `paragraph ${paragraph.id} differs from paragraph block ${block.id}`);
  });
}
