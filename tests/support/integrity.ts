/**
 * Whole-dataset integrity checks: each takes data and returns a list of problems (empty when
 * sound), so that a test can run it on the real data and on a small broken fixture.
 */
import type { StoredBlock, StoredSection } from '../../src/generated/data-types.js';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Ids must be lowercase kebab-case and unique within their collection. */
export function checkIds(records: readonly { id: string }[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id } of records) {
    if (!kebab.test(id)) problems.push(`malformed id ${JSON.stringify(id)}`);
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
  }
  return problems;
}

/** Paragraphs are `p1` … `pN` in reading order; no other block takes a paragraph-like id. */
export function checkParagraphIds(blocks: readonly StoredBlock[]): string[] {
  const problems: string[] = [];
  let n = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      n++;
      if (block.id !== `p${n}`) problems.push(`paragraph ${n} has id ${block.id}, expected p${n}`);
    } else if (/^p[0-9]+$/.test(block.id)) {
      problems.push(`${block.kind} block takes the paragraph id ${block.id}`);
    }
  }
  return problems;
}

const frontMatter: ReadonlySet<string> = new Set(['dateline', 'title', 'date']);

/**
 * The outline covers the text: each section opens with a heading whose text is its title, every
 * heading opens one section, every block after the front matter belongs to exactly one section,
 * parents exist, nesting is at most three deep, and reading the outline depth-first gives the
 * blocks in their printed order.
 */
export function checkOutline(blocks: readonly StoredBlock[], sections: readonly StoredSection[]): string[] {
  const problems: string[] = [];
  const blockById = new Map(blocks.map((block) => [block.id, block]));
  const sectionById = new Map(sections.map((section) => [section.id, section]));
  const owner = new Map<string, string>();
  for (const section of sections) {
    const [first] = section.blockIds;
    const heading = first === undefined ? undefined : blockById.get(first);
    if (heading?.kind !== 'heading') problems.push(`section ${section.id} does not open with a heading`);
    else if (heading.text !== section.title) problems.push(`section ${section.id} title differs from its heading`);
    for (const blockId of section.blockIds) {
      const block = blockById.get(blockId);
      if (!block) problems.push(`section ${section.id} lists unknown block ${blockId}`);
      else if (block.kind === 'heading' && blockId !== first) problems.push(`heading ${blockId} inside section ${section.id}`);
      if (owner.has(blockId)) problems.push(`block ${blockId} is in ${owner.get(blockId)} and ${section.id}`);
      owner.set(blockId, section.id);
    }
    let depth = 1;
    for (let parent = section.parentId; parent !== null; parent = sectionById.get(parent)?.parentId ?? null) {
      if (!sectionById.has(parent)) {
        problems.push(`section ${section.id} has unknown parent ${parent}`);
        break;
      }
      if (++depth > 3) {
        problems.push(`section ${section.id} is nested deeper than 3 levels`);
        break;
      }
    }
  }
  for (const block of blocks) {
    if (!frontMatter.has(block.kind) && !owner.has(block.id)) problems.push(`block ${block.id} is in no section`);
    if (frontMatter.has(block.kind) && owner.has(block.id)) problems.push(`front matter ${block.id} is in a section`);
  }
  const walk = (parentId: string | null): string[] =>
    sections.filter((s) => s.parentId === parentId).flatMap((s) => [...s.blockIds, ...walk(s.id)]);
  const outlineOrder = walk(null).join(' ');
  const printedOrder = blocks.filter((block) => !frontMatter.has(block.kind)).map((block) => block.id).join(' ');
  if (problems.length === 0 && outlineOrder !== printedOrder) problems.push('the outline does not follow the printed order');
  return problems;
}

/** The published source reduced to its canonical form: blank-line runs collapsed, furniture dropped. */
export function canonicalSource(source: string, furniture: readonly string[]): string {
  const lines = source.split('\n');
  while (lines.length > 0 && (lines.at(-1)!.trim() === '' || furniture.includes(lines.at(-1)!))) lines.pop();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** Where two texts first differ, with context; `undefined` when they are equal. */
export function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return `differs at offset ${i}: ${JSON.stringify(actual.slice(i, i + 30))} instead of ${JSON.stringify(expected.slice(i, i + 30))}`;
}

/** A committed data file must be pretty-printed JSON (two spaces) with keys in the schema's order. */
export function checkCanonicalJson(fileText: string, keyOrder: readonly string[]): string[] {
  const problems: string[] = [];
  const value: unknown = JSON.parse(fileText);
  if (JSON.stringify(value, null, 2) + '\n' !== fileText) problems.push('not pretty-printed with two spaces and one final newline');
  const records = Array.isArray(value) ? value : [value];
  records.forEach((record: Record<string, unknown>, index) => {
    const keys = Object.keys(record);
    const expected = keyOrder.filter((key) => keys.includes(key));
    if (keys.join() !== expected.join()) problems.push(`record ${index}: keys ${keys.join(', ')} not in order ${expected.join(', ')}`);
  });
  return problems;
}

/** Paths to every object or array reachable from `value` that is not frozen. */
export function unfrozenPaths(value: unknown, path = '$'): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.isFrozen(value) ? [] : [path];
  return own.concat(
    Object.entries(value).flatMap(([key, child]) => unfrozenPaths(child, `${path}.${key}`)),
  );
}
