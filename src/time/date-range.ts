import { edtfBounds } from '../internal/edtf-bounds.js';

/** The first and last day a date can mean, as ISO `YYYY-MM-DD`; `null` for an open end. */
export interface DateRange {
  /** The earliest possible day, or `null` for an open start (`../1954`). */
  readonly start: string | null;
  /** The latest possible day, or `null` for an open end. */
  readonly end: string | null;
}

const iso = (day: number): string | null => (Number.isFinite(day) ? new Date(day * 86_400_000).toISOString().slice(0, 10) : null);

/**
 * The days an EDTF date (levels 0 and 1) can mean, for drawing it on a timeline: `1953-03` is
 * 1953-03-01 to 1953-03-31, `1956-10-19/1956-10-20` two days, `../1954` open to 1954-12-31, the
 * season `1956-23` (autumn) September to November. Qualifiers (`~`, `?`, `%`) keep the same days.
 * Returns `undefined` for anything that is not such a date.
 *
 * @param date - An EDTF date of level 0 or 1.
 * @returns The first and last possible day, or `undefined`.
 *
 * @example
 * ```ts
 * dateRange('../1954'); // { start: null, end: '1954-12-31' }
 * dateRange(getEvent('bierut-death').date); // { start: '1956-03-01', end: '1956-03-31' }
 * ```
 */
export function dateRange(date: string): DateRange | undefined {
  const bounds = edtfBounds(date);
  return bounds && Object.freeze({ start: iso(bounds.earliest), end: iso(bounds.latest) });
}
