import { checkData } from '../internal/check-data.js';
import type { EssayData } from '../types/index.js';
import { joinBlocks } from './internal/join-blocks.js';

/**
 * The canonical text of some edition data: its blocks in order, as the blog set them (each heading
 * on the line directly above the paragraph it introduces, every other pair of blocks parted by one
 * blank line, one newline at the end). The root's `toPlainText()` is this function given the
 * package's blocks.
 *
 * @param data - The edition data it reads: `blocks`.
 * @returns The text, ending with one newline.
 *
 * @throws {TypeError} when `data` is not an object with a `blocks` array.
 *
 * @example
 * ```ts
 * const data = {
 *   blocks: [
 *     { id: 'h1', kind: 'heading', text: 'Introduction', sectionId: 'introduction' },
 *     { id: 'p1', kind: 'paragraph', text: 'Opening words.', sectionId: 'introduction', n: 1 },
 *   ],
 * } as const;
 * toPlainText(data); // 'Introduction\nOpening words.\n'
 * ```
 */
export function toPlainText(data: Pick<EssayData, 'blocks'>): string {
  checkData('toPlainText(data)', data, ['blocks']);
  return joinBlocks(data.blocks);
}
