import type { Locator } from '../types/index.js';

/** Expands an abbreviated range end: `13-5` ends at 15, `149-51` at 151, `9-15` at 15. */
export function expandRangeEnd(start: string, end: string): number {
  return Number(end.length < start.length ? start.slice(0, start.length - end.length) + end : end);
}

/**
 * Reads the pinpoint of a printed citation: what follows the colon, e.g. `(Filtzer, 1993:13-5)`
 * gives pages 13 to 15 and `(ibid.:paras 8-9)` paragraphs 8 to 9. Returns `null` when no pinpoint
 * is printed (`(Zedong, 1969)`, `(ibid.)`).
 */
export function parseLocator(citationText: string): Locator | null {
  const match = /:\s*((paras?)\s+)?([0-9]+)(?:-([0-9]+))?\)$/.exec(citationText);
  if (!match) return null;
  const [, prefix = '', unitWord, start = '', end] = match;
  return {
    unit: unitWord ? 'paragraph' : 'page',
    start: Number(start),
    end: end === undefined ? Number(start) : expandRangeEnd(start, end),
    printed: `${prefix}${start}${end === undefined ? '' : `-${end}`}`,
  };
}
