/** One EDTF date of levels 0 and 1, taken apart: year, and month, season or day where given. */
export interface EdtfDate {
  readonly year: number;
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

const datePattern = /^([0-9]{4})(?:-([0-9]{2}|XX)(?:-([0-9]{2}|XX))?)?([?~%]?)$/;

/** Takes one EDTF date apart; `undefined` when it is not of levels 0 and 1. */
export function edtfDate(text: string): EdtfDate | undefined {
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
