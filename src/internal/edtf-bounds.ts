/** The earliest and latest day a date can mean, as days since 1970-01-01 (UTC); open ends are infinite. */
export interface DayBounds {
  readonly earliest: number;
  readonly latest: number;
}

const dayMs = 86_400_000;
const datePattern = /^([0-9]{4})(?:-([0-9]{2}|XX)(?:-([0-9]{2}|XX))?)?[?~%]?$/;

/** EDTF level 1 seasons (21 spring … 24 winter, northern hemisphere): first month and length. */
const seasons: Readonly<Record<string, readonly [number, number]>> = { '21': [3, 3], '22': [6, 3], '23': [9, 3], '24': [12, 3] };

function day(year: number, month: number, date: number): number {
  return Date.UTC(year, month - 1, date) / dayMs;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Bounds of one EDTF date (levels 0 and 1: `1956`, `1956-02`, `1956-02-25`, `1956-XX`, seasons `1956-23`, with `?`, `~`, `%`). */
function dateBounds(text: string): DayBounds | undefined {
  const match = datePattern.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined || m === 'XX') {
    if (d !== undefined && d !== 'XX') return undefined;
    return { earliest: day(year, 1, 1), latest: day(year, 12, 31) };
  }
  const season = seasons[m];
  if (season) {
    if (d !== undefined) return undefined;
    const [first, length] = season;
    const endMonth = first + length - 1;
    const endYear = year + Math.floor((endMonth - 1) / 12);
    const lastMonth = ((endMonth - 1) % 12) + 1;
    return { earliest: day(year, first, 1), latest: day(endYear, lastMonth, daysInMonth(endYear, lastMonth)) };
  }
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (d === undefined || d === 'XX') return { earliest: day(year, month, 1), latest: day(year, month, last) };
  const date = Number(d);
  if (date < 1 || date > last) return undefined;
  return { earliest: day(year, month, date), latest: day(year, month, date) };
}

/**
 * The day bounds of an EDTF string of levels 0 and 1: a date, or an interval `a/b` whose ends
 * may be open (`..`) or unknown (empty). Returns `undefined` for anything else, or an interval
 * that runs backwards. Qualifiers (`?`, `~`, `%`) do not widen the bounds: they say how sure the
 * date is, not which days it covers.
 */
export function edtfBounds(text: string): DayBounds | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split('/');
  if (parts.length === 1) return dateBounds(text);
  if (parts.length !== 2) return undefined;
  const [from = '', to = ''] = parts;
  if ((from === '' || from === '..') && (to === '' || to === '..')) return undefined;
  const start = from === '' || from === '..' ? { earliest: -Infinity, latest: -Infinity } : dateBounds(from);
  const end = to === '' || to === '..' ? { earliest: Infinity, latest: Infinity } : dateBounds(to);
  if (!start || !end || start.earliest > end.latest) return undefined;
  return { earliest: start.earliest, latest: end.latest };
}
