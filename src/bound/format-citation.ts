import { references } from '../collections/references.js';
import { formatCitation as citationIn } from '../apparatus/format-citation.js';
import type { Citation, Quote } from '../types/index.js';

/**
 * A citation or quote as a short author-date citation, for a popup, a tooltip or a caption: its
 * reference's short `label`, then its locator, pages bare and paragraphs named, with an en dash in a
 * range: "Filtzer 1993, 13–15", "Khrushchev 1956, paras 8–9"; the label alone where there is no
 * locator. An "ibid." is given its source. `undefined` for a quote with no source (a term, a scare
 * quote). {@link formatReference} gives the bibliography entry, {@link formatLocator} the locator
 * with "p." and "pp.".
 *
 * @param item - A citation or a quote (its `referenceId` and `locator` are read, once each).
 * @returns The short citation, or `undefined`.
 *
 * @throws {TypeError} when `item` is not an object with a `referenceId` (a string or `null`) and a
 * `locator` (a locator or `null`).
 * @throws {RangeError} when the locator's numbers are not whole numbers from 1, start at most end.
 *
 * @example
 * ```ts
 * formatCitation(getCitation('p7-c2')); // 'Khrushchev 1956, para. 2': the "(ibid.:para 2)" given its source
 * quotesIn('p10')?.map((q) => formatCitation(q)); // ['Khrushchev 1956, paras 8–9', 'Khrushchev 1956, paras 8–9']
 * ```
 */
export function formatCitation(item: Citation | Quote): string | undefined {
  return citationIn({ references }, item);
}
