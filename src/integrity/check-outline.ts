import type { IntegrityPath, Report } from './issue.js';

interface OutlineBlock {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
}

interface OutlineSection {
  readonly id: string;
  readonly title: string;
  readonly parentId: string | null;
  readonly blockIds: readonly string[];
}

const frontMatter: ReadonlySet<string> = new Set(['dateline', 'title', 'date']);

/**
 * The outline covers the text (rule `outline`): each section opens with a heading whose text is its
 * title, every heading opens one section, every block after the front matter belongs to exactly one
 * section, a section is not its own ancestor, parents exist, nesting is at most three deep, and
 * reading the outline depth-first gives the blocks in their printed order.
 */
export function checkOutline(
  blocks: readonly OutlineBlock[],
  sections: readonly OutlineSection[],
  report: Report,
  path: { readonly blocks: IntegrityPath; readonly sections: IntegrityPath } = { blocks: ['blocks'], sections: ['sections'] },
): void {
  let problems = 0;
  const problem = (at: IntegrityPath, message: string) => {
    problems++;
    report(at, 'outline', message);
  };
  const blockById = new Map(blocks.map((block) => [block.id, block]));
  const sectionById = new Map(sections.map((section) => [section.id, section]));
  const owner = new Map<string, string>();
  sections.forEach((section, index) => {
    const at = [...path.sections, index];
    const [first] = section.blockIds;
    const heading = first === undefined ? undefined : blockById.get(first);
    if (heading?.kind !== 'heading') problem([...at, 'blockIds', 0], `section ${section.id} does not open with a heading`);
    else if (heading.text !== section.title) problem([...at, 'title'], `section ${section.id} title differs from its heading`);
    section.blockIds.forEach((blockId, i) => {
      const block = blockById.get(blockId);
      if (!block) problem([...at, 'blockIds', i], `section ${section.id} lists unknown block ${blockId}`);
      else if (block.kind === 'heading' && blockId !== first) problem([...at, 'blockIds', i], `heading ${blockId} inside section ${section.id}`);
      if (owner.has(blockId)) problem([...at, 'blockIds', i], `block ${blockId} is in ${owner.get(blockId)} and ${section.id}`);
      owner.set(blockId, section.id);
    });
    const visited = new Set([section.id]);
    let depth = 1;
    for (let parent = section.parentId; parent !== null; parent = sectionById.get(parent)?.parentId ?? null) {
      if (visited.has(parent)) {
        problem([...at, 'parentId'], `section ${section.id} is its own ancestor`);
        break;
      }
      visited.add(parent);
      if (!sectionById.has(parent)) {
        problem([...at, 'parentId'], `section ${section.id} has unknown parent ${parent}`);
        break;
      }
      if (++depth > 3) {
        problem([...at, 'parentId'], `section ${section.id} is nested deeper than 3 levels`);
        break;
      }
    }
  });
  blocks.forEach((block, index) => {
    if (!frontMatter.has(block.kind) && !owner.has(block.id)) problem([...path.blocks, index], `block ${block.id} is in no section`);
    if (frontMatter.has(block.kind) && owner.has(block.id)) problem([...path.blocks, index], `front matter ${block.id} is in a section`);
  });
  if (problems > 0) return;
  // The sections under each parent, grouped once: the walk is linear in the sections.
  const under = new Map<string | null, OutlineSection[]>();
  for (const section of sections) {
    const siblings = under.get(section.parentId);
    if (siblings) siblings.push(section);
    else under.set(section.parentId, [section]);
  }
  const outline: string[] = [];
  const walk = (parentId: string | null): void => {
    for (const section of under.get(parentId) ?? []) {
      for (const blockId of section.blockIds) outline.push(blockId);
      walk(section.id);
    }
  };
  walk(null);
  const outlineOrder = outline.join(' ');
  const printedOrder = blocks
    .filter((block) => !frontMatter.has(block.kind))
    .map((block) => block.id)
    .join(' ');
  if (outlineOrder !== printedOrder) report(path.sections, 'outline', 'the outline does not follow the printed order');
}
