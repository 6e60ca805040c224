import { daysFromCivil, daysInMonth } from './calendar.js';

/** The earliest and latest day a date can mean, as days since 1970-01-01 (UTC); open ends are infinite. */
export interface DayBounds {
  readonly earliest: number;
  readonly latest: number;
}

// Regular-expression literals (not built from strings), so that a bundle that does not use them drops them.
/** `1956`, `1956-10`, `1956-10-19`, `1956-XX`, `1956-XX-XX`, `1956-10-XX`, with a qualifier `?`, `~` or `%` when no digit is unspecified. */
const datePattern = /^(-?[0-9]{4})(?:-([0-9]{2}|XX)(?:-([0-9]{2}|XX))?)?([?~%])?$/;
/** `195X`, `19XX`, `-195X`, `-19XX`, `XXXX`: a year with its last digit or two (or all four) unspecified. */
const unspecifiedYearPattern = /^(?:(-?)([0-9]{2})([0-9]X|XX)|XXXX)$/;
/** `1956-21` … `1956-24`: spring, summer, autumn, winter. */
const seasonPattern = /^(-?[0-9]{4})-(2[1-4])$/;
/** `Y170000002`, `Y-17000`: a year of five to twelve digits. */
const longYearPattern = /^Y(-?)([1-9][0-9]{4,11})$/;
/** `1956-10-19T10:00:00` or `1956-10-19T10:00`, with `Z` or an offset `+05:30`, `+0530`, `+05` (−12:00 to +14:00). */
const dateTimePattern = /^(-?[0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?$/;

/** Seasons (northern hemisphere): first month; each lasts three months. */
const seasonStart: Readonly<Record<string, number>> = { '21': 3, '22': 6, '23': 9, '24': 12 };

function yearBounds(from: number, to: number): DayBounds {
  return { earliest: daysFromCivil(from, 1, 1), latest: daysFromCivil(to, 12, 31) };
}

/** `-0000` is not a year. */
function yearOf(text: string): number | undefined {
  return text === '-0000' ? undefined : Number(text);
}

function dayBounds(y: number, month: number, day: number): DayBounds | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(y, month)) return undefined;
  const days = daysFromCivil(y, month, day);
  return { earliest: days, latest: days };
}

/** A date of level 0 or 1 with every digit given or unspecified at the right (never a season or a long year). */
function plainDateBounds(text: string): DayBounds | undefined {
  const match = datePattern.exec(text);
  if (!match) return undefined;
  const [, yText = '', m, d, qualifier] = match;
  const y = yearOf(yText);
  if (y === undefined) return undefined;
  if (qualifier !== undefined && (m === 'XX' || d === 'XX')) return undefined;
  if (m === undefined) return yearBounds(y, y);
  if (m === 'XX') return d === undefined || d === 'XX' ? yearBounds(y, y) : undefined;
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined || d === 'XX') return { earliest: daysFromCivil(y, month, 1), latest: daysFromCivil(y, month, daysInMonth(y, month)) };
  return dayBounds(y, month, Number(d));
}

function offsetIsValid(zone: string | undefined): boolean {
  if (zone === undefined || zone === 'Z') return true;
  const mm = Number(zone.slice(-2));
  const minutes = Number(zone.slice(1, 3)) * 60 + (zone.length > 3 ? mm : 0);
  if (zone.length > 3 && mm > 59) return false;
  return zone.startsWith('+') ? minutes <= 14 * 60 : minutes >= 1 && minutes <= 12 * 60;
}

/** A level-0 date and time: the day it names, as written (the time and zone are checked, not applied). */
function dateTimeBounds(text: string): DayBounds | undefined {
  const match = dateTimePattern.exec(text);
  if (!match) return undefined;
  const [, yText = '', m, d, hh, mm, ss, zone] = match;
  const y = yearOf(yText);
  if (y === undefined || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59 || !offsetIsValid(zone)) return undefined;
  return dayBounds(y, Number(m), Number(d));
}

/** What an interval may have at either end: a date or a date and time. */
function endBounds(text: string): DayBounds | undefined {
  return /^-?[0-9]{4}(-[0-9]{2}){0,2}[?~%]?$/.test(text) ? plainDateBounds(text) : dateTimeBounds(text);
}

function singleBounds(text: string): DayBounds | undefined {
  const unspecified = unspecifiedYearPattern.exec(text);
  if (unspecified) {
    if (text === 'XXXX') return yearBounds(0, 9999);
    const [, sign, digits, rest = ''] = unspecified;
    const low = Number(`${digits}${rest.replace(/X/g, '0')}`);
    const high = Number(`${digits}${rest.replace(/X/g, '9')}`);
    return sign === '-' ? yearBounds(-high, -low) : yearBounds(low, high);
  }
  const season = seasonPattern.exec(text);
  if (season) {
    const y = yearOf(season[1]!);
    if (y === undefined) return undefined;
    const first = seasonStart[season[2]!]!;
    const endYear = first === 12 ? y + 1 : y;
    const endMonth = first === 12 ? 2 : first + 2;
    return { earliest: daysFromCivil(y, first, 1), latest: daysFromCivil(endYear, endMonth, daysInMonth(endYear, endMonth)) };
  }
  const long = longYearPattern.exec(text);
  if (long) {
    const y = Number(long[2]) * (long[1] === '-' ? -1 : 1);
    return yearBounds(y, y);
  }
  return text.includes('T') ? dateTimeBounds(text) : plainDateBounds(text);
}

/**
 * The day bounds of an EDTF string of levels 0 and 1, or `undefined` for anything else (see
 * {@link dateRange} for exactly what is read). An interval's ends may be open (`..`) or unknown
 * (empty), not both; an interval that runs backwards is refused. Qualifiers (`?`, `~`, `%`) do not
 * widen the bounds: they say how sure the date is, not which days it covers.
 */
export function edtfBounds(text: string): DayBounds | undefined {
  if (typeof text !== 'string' || text.length > 64) return undefined;
  const parts = text.split('/');
  if (parts.length === 1) return singleBounds(text);
  if (parts.length !== 2) return undefined;
  const [from = '', to = ''] = parts;
  const openFrom = from === '' || from === '..';
  const openTo = to === '' || to === '..';
  if (openFrom && openTo) return undefined;
  const start = openFrom ? { earliest: -Infinity, latest: -Infinity } : endBounds(from);
  const end = openTo ? { earliest: Infinity, latest: Infinity } : endBounds(to);
  if (!start || !end || start.earliest > end.latest) return undefined;
  return { earliest: start.earliest, latest: end.latest };
}
