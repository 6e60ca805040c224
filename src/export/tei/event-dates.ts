import { dateRange } from '../../time/date-range.js';
import type { XmlAttributes } from './xml.js';

/**
 * An EDTF date as TEI dating attributes: a plain year, month or day is `@when` (a season such as `1956-23` is not a month); anything else
 * (an interval, an open end, a season, a qualified date) is `@notBefore`/`@notAfter`, the first and
 * last day it can mean (an open end has none).
 */
export function teiDateAttributes(edtf: string): XmlAttributes {
  if (/^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/.test(edtf)) return { when: edtf };
  const range = dateRange(edtf);
  return { notBefore: range?.start ?? null, notAfter: range?.end ?? null };
}
