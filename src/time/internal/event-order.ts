import type { Event } from '../../types/index.js';
import { edtfBounds } from '../../internal/edtf-bounds.js';

/**
 * The timeline's total order: by the earliest day the date can mean, then the latest, then id
 * (an open start such as `../1954` sorts first).
 */
export function compareEvents(a: Event, b: Event): number {
  const x = edtfBounds(a.date)!;
  const y = edtfBounds(b.date)!;
  return x.earliest - y.earliest || x.latest - y.latest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
