import { blocks } from '../data/blocks.js';

/**
 * The canonical text of the essay: the 61 blocks in order, separated by one blank line, ending
 * with one newline. It equals the published source with blank-line runs collapsed and the blog's
 * page furniture ("No comments:", "Post a Comment") dropped, byte for byte.
 *
 * Offsets in spans are into single blocks; to place a span in this text, add the lengths of the
 * blocks before it plus two for each separator.
 */
export function toPlainText(): string {
  return blocks.map((block) => block.text).join('\n\n') + '\n';
}
