import { blocks as built } from '../generated/collections/blocks.js';
import type { Block } from '../types/index.js';

/**
 * Every block of the text, verbatim, in reading order: 61 in all (dateline, title, date written,
 * 14 headings, 29 paragraphs, the pull quote and 14 bibliography entries).
 */
export const blocks: readonly Block[] = built;
