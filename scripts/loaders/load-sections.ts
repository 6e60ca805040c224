import type { BlockId } from '../../src/generated/ids.js';
import type { Section } from '../../src/types/index.js';
import type { StoredSection } from '../generated/data-types.js';

function levelOf(raw: StoredSection, byId: ReadonlyMap<string, StoredSection>): 1 | 2 | 3 {
  let level = 1;
  for (let parent = raw.parentId; parent !== null; parent = byId.get(parent)?.parentId ?? null) level++;
  if (level > 3) throw new RangeError(`section ${raw.id}: outline deeper than 3 levels`);
  return level as 1 | 2 | 3;
}

/** A section's heading: its first block (the model requires at least one). */
function headingOf(section: StoredSection): BlockId {
  const [heading] = section.blockIds;
  if (heading === undefined) throw new RangeError(`section ${section.id}: no blocks`);
  return heading;
}

/** Builds the public sections from `data/sections.json`: levels, children and heading derived. */
export function loadSections(raw: readonly StoredSection[]): Section[] {
  const byId = new Map(raw.map((section) => [section.id, section]));
  return raw.map((section) => ({
    id: section.id,
    title: section.title,
    level: levelOf(section, byId),
    parentId: section.parentId,
    childIds: raw.filter((child) => child.parentId === section.id).map((child) => child.id),
    headingBlockId: headingOf(section),
    blockIds: section.blockIds,
  }));
}
