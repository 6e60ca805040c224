import type { Block, Paragraph } from '../types/index.js';
import { blocks } from './blocks.js';

function selectParagraphs(all: readonly Block[]): readonly Paragraph[] {
  return Object.freeze(all.filter((block): block is Paragraph => block.kind === 'paragraph'));
}

/** The 29 body paragraphs, `p1` … `p29`: the paragraph blocks of {@link blocks}, in order. */
export const paragraphs: readonly Paragraph[] = /* @__PURE__ */ selectParagraphs(blocks);
