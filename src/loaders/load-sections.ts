import type { BlockId, SectionId } from '../generated/ids.js';
import type { Section } from '../types/index.js';
import type { StoredSection } from '../generated/data-types.js';

function levelOf(raw: StoredSection, byId: ReadonlyMap<string, StoredSection>): 1 | 2 | 3 {
  let level = 1;
  for (let parent = raw.parentId; parent !== null; parent = byId.get(parent)?.parentId ?? null) level++;
  if (level > 3) throw new RangeError(`section ${raw.id}: outline deeper than 3 levels`);
  return level as 1 | 2 | 3;
}

/** Builds the public sections from `data/sections.json`: levels, children and heading derived. */
export function loadSections(raw: readonly StoredSection[]): Section[] {
  const byId = new Map(raw.map((section) => [section.id, section]));
  return raw.map((section) => ({
    id: section.id as SectionId,
    title: section.title,
    level: levelOf(section, byId),
    parentId: section.parentId as SectionId | null,
    childIds: raw.filter((child) => child.parentId === section.id).map((child) => child.id as SectionId),
    headingBlockId: section.blockIds[0] as BlockId,
    blockIds: section.blockIds as readonly BlockId[],
  }));
}
