import { blocks } from '../collections/blocks.js';
import { toPlainText as plainTextOf } from '../text/to-plain-text.js';

/**
 * The canonical text of the essay: the 61 blocks in order, as the blog set them. Each heading
 * sits on the line directly above the paragraph it introduces; every other pair of blocks is
 * parted by one blank line; the text ends with one newline. It equals the published source with
 * blank-line runs collapsed to one and the blog's page furniture ("No comments:", "Post a
 * Comment") dropped, byte for byte.
 *
 * @returns The text, ending with one newline.
 *
 * @example
 * ```ts
 * const text = toPlainText();
 * text.startsWith('Sunday, June 15, 2014\n\nDe-Stalinisation'); // true
 * ```
 */
export function toPlainText(): string {
  return plainTextOf({ blocks });
}
