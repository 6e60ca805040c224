import { essay, type Section, sections } from '../index.js';

function numbering(all: readonly Section[]): Map<string, string> {
  const numbers = new Map<string, string>();
  const counters = new Map<string | null, number>();
  for (const section of all) {
    const count = (counters.get(section.parentId) ?? 0) + 1;
    counters.set(section.parentId, count);
    const prefix = section.parentId === null ? '' : `${numbers.get(section.parentId)}.`;
    numbers.set(section.id, `${prefix}${count}`);
  }
  return numbers;
}

function paragraphRange(section: Section): string {
  const ns = section.blockIds.filter((id) => /^p[0-9]+$/.test(id)).map((id) => id.slice(1));
  if (ns.length === 0) return '';
  return ns.length === 1 ? `  ¶${ns[0]}` : `  ¶${ns[0]}–${ns[ns.length - 1]}`;
}

/** The outline as indented, numbered text, with each section's paragraph numbers and id. */
export function renderOutline(): string {
  const numbers = numbering(sections);
  const lines = [essay.title, `Written ${essay.written}, published ${essay.published}`, ''];
  for (const section of sections) {
    const indent = '  '.repeat(section.level - 1);
    lines.push(`${indent}${numbers.get(section.id)} ${section.title}${paragraphRange(section)}  [${section.id}]`);
  }
  return `${lines.join('\n')}\n`;
}
