import { isoDay } from '../internal/calendar.js';
import { edtfBounds } from '../internal/edtf-bounds.js';

/** The first and last day a date can mean, as ISO `YYYY-MM-DD`; `null` for an open end. */
export interface DateRange {
  /**
   * The earliest possible day, or `null` for an open start (`../1954`). Years outside 0000 to 9999
   * take a sign and six or more digits, as `Date.prototype.toISOString` writes them (`-000050-01-01`).
   */
  readonly start: string | null;
  /** The latest possible day, or `null` for an open end; written like `start`. */
  readonly end: string | null;
}

const iso = (day: number): string | null => (Number.isFinite(day) ? isoDay(day) : null);

/**
 * The days an EDTF date can mean, for drawing it on a timeline, in the proleptic Gregorian calendar.
 * It reads exactly this part of EDTF levels 0 and 1:
 *
 * - a year `1956` (`0000` to `9999`, negative `-0050`), a month `1956-10`, a day `1956-10-19`;
 * - a date and time `1956-10-19T10:00:00` or `1956-10-19T10:00`, with `Z` or an offset from
 *   `-12:00` to `+14:00` (`+05:30`, `+0530`, `+05`): it
 *   covers the day it names, as written (the time and zone do not move it to another day);
 * - a year of five or more digits `Y170000002`, `Y-17000` (up to twelve digits);
 * - a season `1956-21` … `1956-24`, read as northern-hemisphere seasons (`1956-23`, autumn, is
 *   September to November; winter `1956-24` runs into February of the next year);
 * - unspecified digits at the right: `195X` (1950–1959), `19XX`, `XXXX`, `1956-XX`, `1956-XX-XX`,
 *   `1956-10-XX`;
 * - a qualifier `?`, `~` or `%` at the end of a year, month or day (it keeps the same days);
 * - an interval `a/b` of those dates or dates and times (not seasons, long years or unspecified
 *   digits), either end open (`..`) or unknown (empty) but not both, that does not run backwards.
 *
 * Anything else gives `undefined`: level 2 forms, a day that does not exist (`1900-02-29`), fractions
 * of a second, `24:00:00`, `XXXX-XX` (write `XXXX`), an interval open at both ends (`../..`).
 *
 * @param date - An EDTF date of level 0 or 1.
 * @returns The first and last possible day, or `undefined`.
 *
 * @example
 * ```ts
 * dateRange('../1954'); // { start: null, end: '1954-12-31' }
 * dateRange('195X'); // { start: '1950-01-01', end: '1959-12-31' }
 * dateRange('0056'); // { start: '0056-01-01', end: '0056-12-31' }
 * dateRange(getEvent('bierut-death').date); // { start: '1956-03-01', end: '1956-03-31' }
 * ```
 */
export function dateRange(date: string): DateRange | undefined {
  const bounds = edtfBounds(date);
  return bounds && Object.freeze({ start: iso(bounds.earliest), end: iso(bounds.latest) });
}
