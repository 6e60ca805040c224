import type { Locator } from '../types/index.js';

/**
 * Renders a locator for reading: `p. 12`, `pp. 13–15`, `para. 5`, `paras 8–9` (an en dash between
 * the numbers, ranges in full).
 *
 * @param locator - A locator from a citation or quote.
 * @returns The locator for reading.
 *
 * @throws {TypeError} when `locator` is not a locator.
 *
 * @example
 * ```ts
 * formatLocator(getCitation('p5-c1').locator!); // 'pp. 13–15'
 * ```
 */
export function formatLocator(locator: Locator): string {
  const { unit, start, end } = (locator ?? {}) as Partial<Locator>;
  if ((unit !== 'page' && unit !== 'paragraph') || !Number.isInteger(start) || !Number.isInteger(end)) {
    throw new TypeError('formatLocator(locator): expected { unit: "page" | "paragraph", start, end }');
  }
  const single = start === end;
  if (unit === 'page') return single ? `p. ${start}` : `pp. ${start}–${end}`;
  return single ? `para. ${start}` : `paras ${start}–${end}`;
}
