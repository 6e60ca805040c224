import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { describeValue } from '../internal/describe-value.js';
import type { Citation, EssayData, Quote } from '../types/index.js';

/** A locator as an author-date citation prints it after the comma: pages bare ("13–15"), paragraphs named ("paras 8–9"). */
function shortLocator(locator: unknown): string {
  const { unit, start, end } = (typeof locator === 'object' && locator !== null ? locator : {}) as { unit?: unknown; start?: unknown; end?: unknown };
  if ((unit !== 'page' && unit !== 'paragraph') || typeof start !== 'number' || typeof end !== 'number') {
    throw new TypeError(
      `formatCitation(data, item): expected the locator to be { unit: "page" | "paragraph", start, end } or null, got ${describeValue(locator)}`,
    );
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 1 || end < start) {
    throw new RangeError(
      `formatCitation(data, item): expected the locator's start and end to be whole numbers from 1, start at most end, got ${start} and ${end}`,
    );
  }
  const numbers = start === end ? String(start) : `${start}–${end}`;
  if (unit === 'page') return numbers;
  return start === end ? `para. ${numbers}` : `paras ${numbers}`;
}

/**
 * A citation or quote of some edition data as a short author-date citation: its reference's
 * `label` in `data.references`, then its locator, pages bare and paragraphs named, with an en dash
 * in a range: "Filtzer 1993, 13–15", "Khrushchev 1956, paras 8–9", "Ivanov 1956b, para. 5", or the
 * label alone where there is no locator ("Mao 1969"). An "ibid." is given its source, since the
 * citation is shown out of its sentence. `undefined` for a quote with no source (a term, a scare
 * quote) and for a reference id that `data.references` does not hold. The root's
 * `formatCitation(item)` is this function given the package's references.
 *
 * @param data - The edition data it reads: `references`.
 * @param item - A citation or a quote (its `referenceId` and `locator` are read, once each).
 * @returns The short citation, or `undefined`.
 *
 * @throws {TypeError} when `data` has no `references` array, `item` is not an object with a
 * `referenceId` (a string or `null`) and a `locator` (a locator or `null`), or its reference has no
 * string `label`.
 * @throws {RangeError} when the locator's numbers are not whole numbers from 1, start at most end.
 *
 * @example
 * ```ts
 * import { references } from 'destalinisation-essay';
 * formatCitation({ references }, getCitation('p5-c1')!); // 'Filtzer 1993, 13–15'
 * formatCitation({ references }, getQuote('p10-q2')); // 'Khrushchev 1956, paras 8–9'
 * ```
 */
export function formatCitation(data: Pick<EssayData, 'references'>, item: Citation | Quote): string | undefined {
  checkData('formatCitation(data, item)', data, ['references']);
  const { referenceId, locator } = (typeof item === 'object' && item !== null ? item : {}) as { referenceId?: unknown; locator?: unknown };
  if ((referenceId !== null && typeof referenceId !== 'string') || locator === undefined) {
    throw new TypeError(`formatCitation(data, item): expected a citation or a quote (with referenceId and locator), got ${describeValue(item)}`);
  }
  if (referenceId === null) return undefined;
  const reference = recordsById(data.references).get(referenceId);
  if (!reference) return undefined;
  const label: unknown = reference.label;
  if (typeof label !== 'string')
    throw new TypeError(`formatCitation(data, item): expected reference ${describeValue(referenceId)} to have a string label, got ${describeValue(label)}`);
  return locator === null ? label : `${label}, ${shortLocator(locator)}`;
}
