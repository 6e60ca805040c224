import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { type AutumnWord, dateInWords } from '../internal/date-in-words.js';
import { describeValue } from '../internal/describe-value.js';
import { edtfBounds } from '../internal/edtf-bounds.js';

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  /**
   * How the season `-23` (September to November) is written: `'fall'` (the default, the essay's own
   * word: "in fall 1956") or `'autumn'`.
   */
  readonly autumn?: 'fall' | 'autumn';
}

const autumnWords: readonly AutumnWord[] = ['fall', 'autumn'];

const optionRules: Readonly<Record<keyof FormatDateOptions, OptionRule>> = {
  autumn: {
    types: ['string'],
    expected: "'fall' or 'autumn'",
    check: (value: string) => (autumnWords.includes(value as AutumnWord) ? undefined : `expected autumn to be 'fall' or 'autumn', got ${describeValue(value)}`),
  },
};

/**
 * An EDTF date in English words, for a popup, a label or an axis: the wording of every event's
 * `dateLabel` and of {@link toTimelineJs}'s `display_date`. Always with its year: `1956-02-25` is
 * "25 February 1956"; a season `1956-23` "fall 1956"; a qualifier "about March 1956" (`~`), "1956
 * (uncertain)" (`?`), "about 1956 (uncertain)" (`%`); an interval "19–20 October 1956", "March–April
 * 1956", "1953–1956", "31 October – 1 November 1961"; an open or unknown end "by 1954" (`../1954`),
 * "until 1954" (`/1954`), "from 1956 on" (`1956/..`), "since 1956" (`1956/`); unspecified digits
 * their years, "1950–1959" (`195X`); a time of day is left out (the day as written). Years up to 999
 * take "AD", years before 1 "BC" (year 0 is 1 BC). It reads exactly the EDTF that {@link dateRange}
 * reads; anything else, a string or not, gives `undefined`.
 *
 * @param edtf - An EDTF date of level 0 or 1.
 * @param options - `autumn`: `'fall'` (default) or `'autumn'`, the word for the season `-23`.
 * @returns The date in words, or `undefined`.
 *
 * @throws {TypeError} when options is not a plain object, has an unknown or inherited key, or `autumn` is not a string.
 * @throws {RangeError} when `autumn` is neither `'fall'` nor `'autumn'`.
 *
 * @example
 * ```ts
 * formatDate('1956-23'); // 'fall 1956'
 * formatDate('1956-23', { autumn: 'autumn' }); // 'autumn 1956'
 * formatDate('../1954'); // 'by 1954'
 * formatDate('1956-10-19/1956-10-20'); // '19–20 October 1956'
 * formatDate(getEvent('bierut-death').date) === getEvent('bierut-death').dateLabel; // true: 'about March 1956'
 * formatDate('1956-02-30'); // undefined: no such day
 * ```
 */
export function formatDate(edtf: string, options: FormatDateOptions = {}): string | undefined {
  const { autumn = 'fall' } = checkOptions<FormatDateOptions>('formatDate(edtf, options)', options, optionRules);
  return edtfBounds(edtf) ? dateInWords(edtf, autumn) : undefined;
}
