import rawBlocks from '../../data/blocks.json';
import rawSections from '../../data/sections.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Block } from '../types/text.js';
import { loadBlocks } from './load-blocks.js';
import type { RawBlock } from './raw.js';

/**
 * Every block of the text, verbatim, in reading order: 61 in all (dateline, title, date written,
 * 14 headings, 29 paragraphs, the pull quote and 14 bibliography entries).
 */
export const blocks: readonly Block[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadBlocks(rawBlocks as readonly RawBlock[], rawSections),
);
