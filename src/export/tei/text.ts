import type { Block, Section } from '../../types/index.js';
import type { TeiData } from '../to-tei.js';
import { entriesByBlock } from './entries-by-block.js';
import { sectionXmlId } from './ids.js';
import { nestSpans, type InlineSpan } from './nest-spans.js';
import { editorialNote } from './note-spans.js';
import { categoryPointer } from './vocabularies.js';
import { xmlElement } from './xml.js';

type Inline = (block: Block) => string;

interface TextContext {
  readonly data: Pick<TeiData, 'blocks' | 'sections' | 'references' | 'essay'>;
  readonly inline: Inline;
  readonly numbers: ReadonlyMap<string, string>;
  readonly blockById: ReadonlyMap<string, Block>;
  readonly sectionById: ReadonlyMap<string, Section>;
}

/** Whether a section holds bibliography entries: it goes to the `back`, as `div type="bibliography"`. */
const isBibliography = (section: Section, context: TextContext): boolean => section.blockIds.some((id) => context.blockById.get(id)?.kind === 'reference');

/** The outline number of each section: `2`, `2.1`, `3.1.1`, … */
function outlineNumbers(sections: readonly Section[]): Map<string, string> {
  const numbers = new Map<string, string>();
  sections.filter((section) => section.parentId === null).forEach((section, index) => numbers.set(section.id, String(index + 1)));
  for (const section of sections) {
    section.childIds.forEach((childId, index) => numbers.set(childId, `${numbers.get(section.id)}.${index + 1}`));
  }
  return numbers;
}

function blockElement(block: Block, context: TextContext): string {
  switch (block.kind) {
    case 'heading':
      return xmlElement('head', { 'xml:id': block.id }, context.inline(block));
    case 'paragraph':
      return xmlElement('p', { 'xml:id': block.id, n: block.n }, context.inline(block));
    case 'pullquote':
      return xmlElement('quote', { 'xml:id': block.id, type: 'pullquote' }, context.inline(block));
    case 'reference': {
      const reference = entriesByBlock(context.data.references).get(block.id)!;
      return xmlElement(
        'bibl',
        { 'xml:id': reference.id, n: block.id, type: reference.type, ana: categoryPointer('reference-type', reference.type) },
        context.inline(block),
      );
    }
    default:
      return xmlElement('ab', { 'xml:id': block.id, type: block.kind }, context.inline(block));
  }
}

function division(section: Section, context: TextContext): string {
  const own: string[] = [];
  let bibliography: string[] = [];
  const flush = () => {
    if (bibliography.length) own.push(`<listBibl>\n${bibliography.join('\n')}\n</listBibl>`);
    bibliography = [];
  };
  for (const blockId of section.blockIds) {
    const block = context.blockById.get(blockId)!;
    if (block.kind === 'reference') bibliography.push(blockElement(block, context));
    else {
      flush();
      own.push(blockElement(block, context));
    }
  }
  flush();
  const children = section.childIds.map((id) => division(context.sectionById.get(id)!, context));
  const type = isBibliography(section, context) ? 'bibliography' : 'section';
  return `${xmlElement('div', { 'xml:id': sectionXmlId(section.id), type, n: context.numbers.get(section.id) }, `\n${[...own, ...children].join('\n')}\n`)}`;
}

/**
 * The `text`: the front matter (dateline, title, date of writing), the body, and in the back the
 * bibliography and the editors' notes, each pointing at the words it is about.
 */
export function teiText(
  data: Pick<TeiData, 'blocks' | 'sections' | 'references' | 'essay' | 'notes'>,
  spansByBlock: ReadonlyMap<string, readonly InlineSpan[]>,
  noteTargets: ReadonlyMap<string, readonly string[]>,
): string {
  const context: TextContext = {
    data,
    inline: (block) => nestSpans(block.text, spansByBlock.get(block.id) ?? []),
    numbers: outlineNumbers(data.sections),
    blockById: new Map(data.blocks.map((block) => [block.id, block])),
    sectionById: new Map(data.sections.map((section) => [section.id, section])),
  };
  const front = data.blocks.filter((block) => block.sectionId === null);
  const frontPart = (block: Block): string => {
    if (block.kind === 'title') return xmlElement('docTitle', {}, xmlElement('titlePart', { 'xml:id': block.id }, context.inline(block)));
    return xmlElement('docDate', { 'xml:id': block.id, when: block.kind === 'dateline' ? data.essay.published : data.essay.written }, context.inline(block));
  };
  const top = data.sections.filter((section) => section.parentId === null).map((section) => ({ section, xml: division(section, context) }));
  // The text is laid out first: the notes' targets are known once their words are.
  const frontXml = `<front><titlePage>${front.map(frontPart).join('')}</titlePage></front>`;
  const body = `<body>\n${top
    .filter(({ section }) => !isBibliography(section, context))
    .map(({ xml }) => xml)
    .join('\n')}\n</body>`;
  const bibliography = top.filter(({ section }) => isBibliography(section, context)).map(({ xml }) => xml);
  const notes = data.notes.map((note) => editorialNote(note, noteTargets.get(note.id) ?? []));
  const notesDiv = notes.length
    ? [xmlElement('div', { 'xml:id': 'editorial-notes', type: 'notes', resp: '#editors' }, `\n<head>Editorial notes</head>\n${notes.join('\n')}\n`)]
    : [];
  return ['<text>', frontXml, body, `<back>\n${[...bibliography, ...notesDiv].join('\n')}\n</back>`, '</text>'].join('\n');
}
