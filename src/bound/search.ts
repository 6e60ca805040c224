import { blocks } from '../collections/blocks.js';
import { sections } from '../collections/sections.js';
import { search as searchIn, type SearchOptions } from '../text/search.js';
import type { SearchHit } from '../types/index.js';

/**
 * Finds literal text in the essay, ignoring case and diacritics ("gomulka" finds "Gomulka", and
 * would find "Gomułka"); curly and straight quotation marks, apostrophes and dashes match each
 * other, and "…" matches "...". Invisible format characters (zero-width joiners and non-joiners,
 * soft hyphens, direction marks and overrides, a byte order mark: Unicode category Cf) are ignored
 * in the query and in the text, so a word pasted with them is still found; a hit's offsets are in
 * the text as printed. The query is never read as a pattern: `.*` or `(ibid.` are plain text. An
 * empty or all-whitespace query finds nothing. Hits do not overlap and come in reading order; each
 * one's `start`/`end` slice its block to the matched words. The query is folded in bulk and no
 * further than the longest block could match, so a huge query costs one quick pass over it at most.
 *
 * @param query - The text to find, taken literally.
 * @param options - Which blocks to search and how many hits to return.
 * @returns The hits in reading order, frozen.
 *
 * @throws {TypeError} when `query` is not a string, `options` is not a plain object, or an option has the wrong type or is unknown.
 * @throws {RangeError} when an option has a value out of range (an unknown kind or section, a limit below 1).
 *
 * @example
 * ```ts
 * search('belweder palace')[0];
 * // { blockId: 'p16', start: …, end: …, text: 'Belweder Palace', snippet: '…' }
 * ```
 */
export function search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
  return searchIn({ blocks, sections }, query, options);
}
