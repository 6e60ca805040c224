import { references } from '../collections/references.js';
import { formatReference as formatIn, type ReferenceStyle } from '../apparatus/format-reference.js';
import type { Reference } from '../types/index.js';

/**
 * Formats a bibliography entry. `as-printed` returns the entry exactly as the essay prints it;
 * `chicago-author-date` builds it from the parsed fields (corrected names, so "Zedong, M." becomes
 * "Mao, Zedong"). Takes a reference record or its id.
 *
 * @param ref - A reference record or id.
 * @param style - `as-printed` or `chicago-author-date`.
 * @returns The formatted entry, as plain text.
 *
 * @throws {RangeError} for an unknown reference id or style.
 * @throws {TypeError} when `ref` is neither a reference nor a string, or (for `chicago-author-date`)
 * lacks the parsed fields the style is built from (`type`, at least one of `authors`, `editors`,
 * `year`, `title`, …). Each field is read once, so what is checked is what is printed.
 *
 * @example
 * ```ts
 * formatReference('filtzer-1993', 'chicago-author-date');
 * // 'Filtzer, D. 1993. The Khrushchev Era: … 1953-1964. London: Macmillan.'
 * ```
 */
export function formatReference(ref: Reference | string, style: ReferenceStyle): string {
  return formatIn({ references }, ref, style);
}
