import { describeValue } from '../internal/describe-value.js';
import type { Locator } from '../types/index.js';

/** Whether two locators (or `null`s) say the same: unit, numbers and printed form. */
export function sameLocator(a: Locator | null, b: Locator | null): boolean {
  if (a === null || b === null) return a === b;
  return a.unit === b.unit && a.start === b.start && a.end === b.end && a.printed === b.printed;
}

/** A locator for a message: `pages 13–15 ("13-5")`, `none`. */
export function describeLocator(locator: Locator | null): string {
  if (locator === null) return 'none';
  return `${locator.unit === 'page' ? 'pages' : 'paragraphs'} ${locator.start}–${locator.end} (${describeValue(locator.printed)})`;
}
