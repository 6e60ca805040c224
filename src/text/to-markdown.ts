import { blocks } from '../data/blocks.js';
import type { Block } from '../types/text.js';
import { getSection } from '../lookups/get-section.js';
import { escapeMarkdown } from './escape-markdown.js';

/** Options of {@link toMarkdown}. */
export interface MarkdownOptions {
  /** Prefix each body paragraph with its number in bold, e.g. `**[3]**` (default `false`). */
  readonly paragraphNumbers?: boolean;
}

function renderBlock(block: Block, options: MarkdownOptions): string {
  const text = escapeMarkdown(block.text);
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
      return options.paragraphNumbers ? `**[${block.n}]** ${text}` : text;
    case 'reference':
      return text;
  }
}

function checkOptions(options: unknown): MarkdownOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('toMarkdown(options): expected options to be an object');
  }
  for (const [key, value] of Object.entries(options)) {
    if (key !== 'paragraphNumbers') {
      throw new TypeError(`toMarkdown(options): unknown option '${key}'; expected paragraphNumbers`);
    }
    if (value !== undefined && typeof value !== 'boolean') {
      throw new TypeError(`toMarkdown(options): expected paragraphNumbers to be a boolean, got ${typeof value}`);
    }
  }
  return options as MarkdownOptions;
}

/**
 * The essay as CommonMark: the title as `#`, section headings one level below their outline level
 * (`##` to `####`), the dateline and date in italics, the pull quote as a block quote, the
 * bibliography entries as paragraphs. The text is escaped, never altered: rendered, it reads
 * exactly as printed.
 *
 * @throws {TypeError} when `options` is not an object, has an unknown key or a value of the wrong type.
 */
export function toMarkdown(options: MarkdownOptions = {}): string {
  const checked = checkOptions(options);
  return blocks.map((block) => renderBlock(block, checked)).join('\n\n') + '\n';
}
