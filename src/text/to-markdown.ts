import type { Block, EssayData, Note, Section } from '../types/index.js';
import { checkData } from '../internal/check-data.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy } from '../internal/group-by.js';
import { escapeMarkdown } from './internal/escape-markdown.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Prefix each body paragraph with its number in bold, e.g. `**[3]**` (default `false`). */
  readonly paragraphNumbers?: boolean;
  /**
   * Mark each editorial note with a footnote reference after the words it is about, and list the
   * notes as footnotes at the end (GitHub-flavoured Markdown footnotes; default `false`).
   */
  readonly notes?: boolean;
}

const flag: OptionRule = { types: ['boolean'], expected: 'a boolean' };
const optionRules: Readonly<Record<keyof MarkdownOptions, OptionRule>> = { paragraphNumbers: flag, notes: flag };

/** The notes of each block, in the order of the data. */
const notesByBlock = /* @__PURE__ */ groupBy((note: Note) => [note.blockId]);

/** The block's text, escaped, with a footnote reference after each noted stretch. */
function annotatedText(block: Block, blockNotes: ReadonlyMap<string, readonly Note[]> | undefined): string {
  if (!blockNotes) return escapeMarkdown(block.text);
  const marks = [...(blockNotes.get(block.id) ?? [])].sort((a, b) => a.end - b.end);
  let out = '';
  let at = 0;
  for (const note of marks) {
    out += `${escapeMarkdown(block.text.slice(at, note.end))}[^${note.id}]`;
    at = note.end;
  }
  return out + escapeMarkdown(block.text.slice(at));
}

function footnote(note: Note): string {
  const correction = note.correction === null ? '' : ` Correction: ${escapeMarkdown(note.correction)}`;
  return `[^${note.id}]: ${escapeMarkdown(note.note)}${correction}`;
}

function renderBlock(
  block: Block,
  options: MarkdownOptions,
  sections: ReadonlyMap<string, Section>,
  blockNotes: ReadonlyMap<string, readonly Note[]> | undefined,
): string {
  const text = annotatedText(block, blockNotes);
  switch (block.kind) {
    case 'title':
      return `# ${text}`;
    case 'dateline':
    case 'date':
      return `*${text}*`;
    case 'heading': {
      const level = (block.sectionId && sections.get(block.sectionId)?.level) || 1;
      return `${'#'.repeat(level + 1)} ${text}`;
    }
    case 'pullquote':
      return `> ${text}`;
    case 'paragraph':
      return options.paragraphNumbers === true ? `**[${block.n}]** ${text}` : text;
    case 'reference':
      return text;
  }
}

/**
 * Some edition data's text as CommonMark: the title as `#`, section headings one level below their
 * outline level, the dateline and date in italics, the pull quote as a block quote, the
 * bibliography entries as paragraphs. The text is escaped, never altered. With `notes: true` the
 * data's editorial notes appear as footnotes. The root's `toMarkdown(options)` is this function
 * given the package's blocks, notes and sections.
 *
 * @param data - The edition data it reads: `blocks`, `notes` and `sections` (for the heading levels).
 * @param options - `paragraphNumbers` and `notes` (both off by default).
 * @returns The text as Markdown, ending with a newline.
 *
 * @throws {TypeError} when `data` lacks one of the arrays it reads, or `options` is not a plain object, has an unknown or inherited key, or a value of the wrong type.
 *
 * @example
 * ```ts
 * const data = {
 *   blocks: [
 *     { id: 'h1', kind: 'heading', text: 'Introduction', sectionId: 'introduction' },
 *     { id: 'p1', kind: 'paragraph', text: 'Opening words.', sectionId: 'introduction', n: 1 },
 *   ],
 *   sections: [{ id: 'introduction', title: 'Introduction', level: 1, parentId: null, childIds: [], headingBlockId: 'h1', blockIds: ['h1', 'p1'] }],
 *   notes: [],
 * } as const;
 * toMarkdown(data, { paragraphNumbers: true }); // '## Introduction\n\n**[1]** Opening words.\n'
 * ```
 */
export function toMarkdown(data: Pick<EssayData, 'blocks' | 'notes' | 'sections'>, options: MarkdownOptions = {}): string {
  checkData('toMarkdown(data, options)', data, ['blocks', 'notes', 'sections']);
  const checked = checkOptions<MarkdownOptions>('toMarkdown(options)', options, optionRules);
  const sections = recordsById(data.sections);
  const blockNotes = checked.notes === true ? notesByBlock(data.notes) : undefined;
  const body = `${data.blocks.map((block) => renderBlock(block, checked, sections, blockNotes)).join('\n\n')}\n`;
  return checked.notes === true ? `${body}\n${data.notes.map(footnote).join('\n')}\n` : body;
}
