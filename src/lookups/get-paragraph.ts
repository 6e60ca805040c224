import { paragraphs } from '../collections/paragraphs.js';
import type { ParagraphId, ParagraphNumber } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Paragraph } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(paragraphs);

/**
 * Finds a body paragraph by id (`'p1'` … `'p29'`) or by number (`1` … `29`). Anything else,
 * including `'3'`, `0`, `30` or `2.5`, returns `undefined`. Never throws.
 *
 * @param id - A paragraph id (`p1` … `p29`) or number (1 … 29).
 * @returns The paragraph, or `undefined`.
 *
 * @example
 * ```ts
 * getParagraph(29).text;   // the conclusion
 * getParagraph('p30');     // undefined
 * ```
 */
export function getParagraph(id: ParagraphId | ParagraphNumber): Paragraph;
export function getParagraph(id: string | number): Paragraph | undefined;
export function getParagraph(id: string | number): Paragraph | undefined {
  if (typeof id === 'number') return Number.isInteger(id) && id >= 1 ? paragraphs[id - 1] : undefined;
  return find(id);
}
