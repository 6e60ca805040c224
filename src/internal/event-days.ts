import { isoDay } from './calendar.js';
import { edtfBounds } from './edtf-bounds.js';
import type { DayBoundKind, EventDays } from '../types/index.js';
import { describeValue } from './describe-value.js';

function boundKind(part: string): DayBoundKind {
  if (part === '..') return 'open';
  return part === '' ? 'unknown' : 'closed';
}

/**
 * The days an EDTF date (levels 0 and 1) can mean, as ISO dates, with how each end is bounded.
 * Where one end of an interval is open (`..`) or unknown (empty), `first` and `last` are the days
 * of the known end alone; `endExclusive` is the day after `last`. Throws a `TypeError` for anything that is not such a date.
 */
export function eventDays(date: string): EventDays {
  const bounds = edtfBounds(date);
  if (!bounds) throw new TypeError(`expected an EDTF date of level 0 or 1, got ${describeValue(date)}`);
  const [from = date, to = date] = date.includes('/') ? date.split('/') : [date, date];
  const start = boundKind(from);
  const end = boundKind(to);
  const first = start === 'closed' ? bounds.earliest : edtfBounds(to)!.earliest;
  const last = end === 'closed' ? bounds.latest : edtfBounds(from)!.latest;
  return { first: isoDay(first), last: isoDay(last), start, end, endExclusive: isoDay(last + 1) };
}
