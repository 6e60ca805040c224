import { blocks } from '../collections/blocks.js';
import { notes } from '../collections/notes.js';
import type { Note } from '../types/index.js';
import type { Block } from '../types/index.js';
import { getSection } from '../lookups/get-section.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
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

/** The block's text, escaped, with a footnote reference after each noted stretch. */
function annotatedText(block: Block, withNotes: boolean): string {
  if (!withNotes) return escapeMarkdown(block.text);
  const marks = notes.filter((note) => note.blockId === block.id).sort((a, b) => a.end - b.end);
  let out = '';
  let at = 0;
  for (const note of marks) {
    out += escapeMarkdown(block.text.slice(at, note.end)) + `[^${note.id}]`;
    at = note.end;
  }
  return out + escapeMarkdown(block.text.slice(at));
}

function footnote(note: Note): string {
  const correction = note.correction === null ? '' : ` Correction: ${escapeMarkdown(note.correction)}`;
  return `[^${note.id}]: ${escapeMarkdown(note.note)}${correction}`;
}

function renderBlock(block: Block, options: MarkdownOptions): string {
  const text = annotatedText(block, options.notes === true);
  switch (block.kind) {
    case 'title':
      return `# ${text}`;
    case 'dateline':
    case 'date':
      return `*${text}*`;
    case 'heading': {
      const level = block.sectionId ? getSection(block.sectionId).level : 1;
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
 * The essay as CommonMark: the title as `#`, section headings one level below their outline level
 * (`##` to `####`), the dateline and date in italics, the pull quote as a block quote, the
 * bibliography entries as paragraphs. The text is escaped, never altered: rendered, it reads
 * exactly as printed. With `notes: true` the editorial notes appear as footnotes.
 *
 * @param options - `paragraphNumbers` and `notes` (both off by default).
 * @returns The whole essay as Markdown, ending with a newline.
 *
 * @throws {TypeError} when `options` is not a plain object, has an unknown or inherited key, or a value of the wrong type.
 *
 * @example
 * ```ts
 * const markdown = toMarkdown({ paragraphNumbers: true, notes: true });
 * markdown.includes('#### Gomulka’s Notes on the Belweder Conference'); // true
 * ```
 */
export function toMarkdown(options: MarkdownOptions = {}): string {
  const checked = checkOptions<MarkdownOptions>('toMarkdown(options)', options, optionRules);
  const body = blocks.map((block) => renderBlock(block, checked)).join('\n\n') + '\n';
  return checked.notes === true ? `${body}\n${notes.map(footnote).join('\n')}\n` : body;
}
