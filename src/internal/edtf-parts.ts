/** One EDTF date of levels 0 and 1, taken apart: year, and month, season or day where given. */
export interface EdtfDate {
  /** The year, astronomical (0 is 1 BC); for unspecified digits (`195X`), the first year they allow. */
  readonly year: number;
  /** For unspecified digits, the last year they allow (`195X`: 1959); else `undefined`. */
  readonly lastYear?: number;
  /** 1 to 12, or `undefined` for a year (or an unspecified month, `XX`). */
  readonly month?: number;
  /** 21 to 24 for a season (spring, summer, autumn, winter), else `undefined`. */
  readonly season?: number;
  /** 1 to 31, or `undefined`. */
  readonly day?: number;
  /** `~` approximate, `?` uncertain, `%` both, or `''`. */
  readonly qualifier: '' | '~' | '?' | '%';
}

/** How one end of an EDTF interval is given. */
export type EdtfEnd = { readonly kind: 'date'; readonly date: EdtfDate } | { readonly kind: 'open' } | { readonly kind: 'unknown' };

/** A year, month and day (digits or `XX`), with a time of day (dropped: the day is as written) or a qualifier. */
const datePattern = /^(-?[0-9]{4})(?:-([0-9]{2}|XX)(?:-([0-9]{2}|XX)(?:T[0-9:]+(?:Z|[+-][0-9:]+)?)?)?)?([?~%]?)$/;
/** `195X`, `19XX`, `-195X`, `XXXX`. */
const unspecifiedPattern = /^(?:(-?)([0-9]{2})([0-9]X|XX)|XXXX)$/;
/** `Y170000002`, `Y-17000`. */
const longYearPattern = /^Y(-?[0-9]+)$/;

/** A year given with unspecified digits, as the years it allows. */
function unspecifiedYears(match: RegExpExecArray): EdtfDate {
  if (match[0] === 'XXXX') return { year: 0, lastYear: 9999, qualifier: '' };
  const [, sign, digits, rest = ''] = match;
  const low = Number(`${digits}${rest.replace(/X/g, '0')}`);
  const high = Number(`${digits}${rest.replace(/X/g, '9')}`);
  return sign === '-' ? { year: -high, lastYear: -low, qualifier: '' } : { year: low, lastYear: high, qualifier: '' };
}

/**
 * Takes one EDTF date apart; `undefined` when it is not of levels 0 and 1. It reads the forms, not
 * the calendar: check a date with `edtfBounds` first where a day that does not exist matters.
 */
export function edtfDate(text: string): EdtfDate | undefined {
  const unspecified = unspecifiedPattern.exec(text);
  if (unspecified) return unspecifiedYears(unspecified);
  const long = longYearPattern.exec(text);
  if (long) return { year: Number(long[1]), qualifier: '' };
  const match = datePattern.exec(text);
  if (!match) return undefined;
  const [, y, m, d, q = ''] = match;
  const year = Number(y);
  const qualifier = q as EdtfDate['qualifier'];
  if (m === undefined || m === 'XX') return { year, qualifier };
  const n = Number(m);
  if (n >= 21 && n <= 24) return d === undefined ? { year, season: n, qualifier } : undefined;
  if (n < 1 || n > 12) return undefined;
  if (d === undefined || d === 'XX') return { year, month: n, qualifier };
  return { year, month: n, day: Number(d), qualifier };
}

/** Takes an EDTF date or interval apart into its two ends (a single date is both). */
export function edtfEnds(text: string): readonly [EdtfEnd, EdtfEnd] | undefined {
  const end = (part: string): EdtfEnd | undefined => {
    if (part === '..') return { kind: 'open' };
    if (part === '') return { kind: 'unknown' };
    const date = edtfDate(part);
    return date && { kind: 'date', date };
  };
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const from = end(parts[0]!);
  const to = parts.length === 2 ? end(parts[1]!) : from;
  return from && to ? [from, to] : undefined;
}
