import type { Locator } from '../types/index.js';

/**
 * Renders a locator for reading: `p. 12`, `pp. 13–15`, `para. 5`, `paras 8–9` (an en dash between
 * the numbers, ranges in full).
 *
 * @param locator - A locator from a citation or quote.
 * @returns The locator for reading.
 *
 * @throws {TypeError} when `locator` is not a locator (a unit `page` or `paragraph`, numbers `start` and `end`).
 * @throws {RangeError} when `start` or `end` is not a whole number from 1, or `start` is after `end`.
 *
 * @example
 * ```ts
 * formatLocator(getCitation('p5-c1').locator!); // 'pp. 13–15'
 * ```
 */
export function formatLocator(locator: Locator): string {
  const { unit, start, end } = (typeof locator === 'object' && locator !== null ? locator : {}) as Partial<Locator>;
  if ((unit !== 'page' && unit !== 'paragraph') || typeof start !== 'number' || typeof end !== 'number') {
    throw new TypeError('formatLocator(locator): expected { unit: "page" | "paragraph", start, end }');
  }
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 1 || end < start) {
    throw new RangeError(`formatLocator(locator): expected start and end to be whole numbers from 1, start at most end, got ${start} and ${end}`);
  }
  const single = start === end;
  if (unit === 'page') return single ? `p. ${start}` : `pp. ${start}–${end}`;
  return single ? `para. ${start}` : `paras ${start}–${end}`;
}
