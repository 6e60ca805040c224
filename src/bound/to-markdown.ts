import { blocks } from '../collections/blocks.js';
import { notes } from '../collections/notes.js';
import { sections } from '../collections/sections.js';
import { toMarkdown as markdownOf, type MarkdownOptions } from '../text/to-markdown.js';

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
  return markdownOf({ blocks, notes, sections }, options);
}
