import { paragraphs as built } from '../generated/collections/paragraphs.js';
import type { Paragraph } from '../types/index.js';

/** The 29 body paragraphs, `p1` … `p29`: the paragraph blocks of {@link blocks}, in order (the same objects). */
export const paragraphs: readonly Paragraph[] = built;
