import { blocks } from '../../collections/blocks.js';
import { essay } from '../../collections/essay.js';
import { references } from '../../collections/references.js';
import { sections } from '../../collections/sections.js';
import { getBlock } from '../../lookups/get-block.js';
import { getSection } from '../../lookups/get-section.js';
import type { Block, Section } from '../../types/index.js';
import { sectionXmlId } from './ids.js';
import { nestSpans, type InlineSpan } from './nest-spans.js';
import { xmlElement } from './xml.js';

type Inline = (block: Block) => string;

/** Whether a section holds bibliography entries: it goes to the `back`, as `div type="bibliography"`. */
const isBibliography = (section: Section): boolean => section.blockIds.some((id) => getBlock(id).kind === 'reference');

/** The outline number of each section: `2`, `2.1`, `3.1.1`, … */
function outlineNumbers(): Map<string, string> {
  const numbers = new Map<string, string>();
  sections
    .filter((section) => section.parentId === null)
    .forEach((section, index) => numbers.set(section.id, String(index + 1)));
  for (const section of sections) {
    section.childIds.forEach((childId, index) => numbers.set(childId, `${numbers.get(section.id)}.${index + 1}`));
  }
  return numbers;
}

function blockElement(block: Block, inline: Inline): string {
  switch (block.kind) {
    case 'heading':
      return xmlElement('head', { 'xml:id': block.id }, inline(block));
    case 'paragraph':
      return xmlElement('p', { 'xml:id': block.id, n: block.n }, inline(block));
    case 'pullquote':
      return xmlElement('quote', { 'xml:id': block.id, type: 'pullquote' }, inline(block));
    case 'reference': {
      const reference = references.find((entry) => entry.blockId === block.id)!;
      return xmlElement('bibl', { 'xml:id': reference.id, n: block.id, type: reference.type }, inline(block));
    }
    default:
      return xmlElement('ab', { 'xml:id': block.id, type: block.kind }, inline(block));
  }
}

function division(section: Section, inline: Inline, numbers: Map<string, string>): string {
  const own: string[] = [];
  let bibliography: string[] = [];
  const flush = () => {
    if (bibliography.length) own.push(`<listBibl>\n${bibliography.join('\n')}\n</listBibl>`);
    bibliography = [];
  };
  for (const blockId of section.blockIds) {
    const block = getBlock(blockId);
    if (block.kind === 'reference') bibliography.push(blockElement(block, inline));
    else {
      flush();
      own.push(blockElement(block, inline));
    }
  }
  flush();
  const children = section.childIds.map((id) => division(getSection(id), inline, numbers));
  const type = isBibliography(section) ? 'bibliography' : 'section';
  return `${xmlElement('div', { 'xml:id': sectionXmlId(section.id), type, n: numbers.get(section.id) }, `\n${[...own, ...children].join('\n')}\n`)}`;
}

/** The `text`: the front matter (dateline, title, date of writing), the body, and the bibliography in the back. */
export function teiText(spansByBlock: ReadonlyMap<string, readonly InlineSpan[]>): string {
  const inline: Inline = (block) => nestSpans(block.text, spansByBlock.get(block.id) ?? []);
  const front = blocks.filter((block) => block.sectionId === null);
  const frontPart = (block: Block): string => {
    if (block.kind === 'title') return xmlElement('docTitle', {}, xmlElement('titlePart', { 'xml:id': block.id }, inline(block)));
    return xmlElement('docDate', { 'xml:id': block.id, when: block.kind === 'dateline' ? essay.published : essay.written }, inline(block));
  };
  const numbers = outlineNumbers();
  const top = sections.filter((section) => section.parentId === null).map((section) => ({ section, xml: division(section, inline, numbers) }));
  return [
    '<text>',
    `<front><titlePage>${front.map(frontPart).join('')}</titlePage></front>`,
    `<body>\n${top.filter(({ section }) => !isBibliography(section)).map(({ xml }) => xml).join('\n')}\n</body>`,
    `<back>\n${top.filter(({ section }) => isBibliography(section)).map(({ xml }) => xml).join('\n')}\n</back>`,
    '</text>',
  ].join('\n');
}
