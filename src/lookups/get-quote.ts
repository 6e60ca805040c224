import { quotes } from '../collections/quotes.js';
import type { QuoteId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Quote } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(quotes);

/**
 * Finds a quotation by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A quote id, e.g. `p10-q2`.
 * @returns The quote, or `undefined`.
 *
 * @example
 * ```ts
 * getQuote('p10-q2').speakerIds; // ['lenin']
 * ```
 */
export function getQuote(id: QuoteId): Quote;
export function getQuote(id: string): Quote | undefined;
export function getQuote(id: string): Quote | undefined {
  return find(id);
}
