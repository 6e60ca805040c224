import type { Block } from '../../types/index.js';

/**
 * The line break between two blocks as the blog set them: a heading sits directly above the
 * paragraph it introduces (one line break); every other pair of blocks is parted by a blank line.
 * The BIBLIOGRAPHY heading, followed by entries rather than a paragraph, stands apart.
 */
export function separatorBetween(before: Block, after: Block): string {
  return before.kind === 'heading' && after.kind === 'paragraph' ? '\n' : '\n\n';
}

/** Joins blocks into text as the blog set them, ending with one newline. */
export function joinBlocks(list: readonly Block[]): string {
  let text = '';
  list.forEach((block, i) => {
    text += (i === 0 ? '' : separatorBetween(list[i - 1]!, block)) + block.text;
  });
  return `${text}\n`;
}
