import { checkData } from '../internal/check-data.js';
import { eventsInOrder } from '../time/internal/events-in-order.js';
import type { EssayData, Event } from '../types/index.js';
import type { TimelineJs, TimelineJsDate, TimelineJsEvent } from '../types/exports.js';
import { dateInWords } from '../internal/date-in-words.js';
import { edtfEnds, type EdtfDate } from '../internal/edtf-parts.js';
import { escapeHtml } from './internal/escape-html.js';

/** EDTF seasons (21 spring … 24 winter, northern hemisphere): their first and last month. */
const seasonMonths: Readonly<Record<number, readonly [number, number]>> = { 21: [3, 5], 22: [6, 8], 23: [9, 11], 24: [12, 2] };

/** A TimelineJS date as precise as the EDTF date: a season becomes its first or last month. */
function timelineDate(date: EdtfDate, side: 'first' | 'last'): TimelineJsDate {
  if (date.season !== undefined) {
    const [first, last] = seasonMonths[date.season]!;
    return side === 'first' ? { year: date.year, month: first } : { year: last < first ? date.year + 1 : date.year, month: last };
  }
  return {
    year: date.year,
    ...(date.month === undefined ? {} : { month: date.month }),
    ...(date.day === undefined ? {} : { day: date.day }),
  };
}

function slide(event: Event, groups: ReadonlyMap<string, string>): TimelineJsEvent {
  const [from, to] = edtfEnds(event.date)!;
  const start = from.kind === 'date' ? timelineDate(from.date, 'first') : to.kind === 'date' ? timelineDate(to.date, 'first') : undefined;
  const single = from.kind === 'date' && to.kind === 'date' && from.date === to.date;
  const end = from.kind === 'date' && to.kind === 'date' && (!single || from.date.season !== undefined) ? timelineDate(to.date, 'last') : undefined;
  return {
    start_date: start!,
    ...(end ? { end_date: end } : {}),
    display_date: escapeHtml(dateInWords(event.date)!),
    text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>` },
    group: groups.get(event.caseStudyId)!,
    unique_id: event.id,
  };
}

/**
 * The events of some edition data as TimelineJS3 JSON, in timeline order, one row (`group`) per
 * case study (the name of the event's case study in `data.caseStudies`). Every slide has a
 * `display_date`, its date in words with its year; the title slide names `data.essay`. Text is
 * HTML-escaped. A fresh object on every call. The root's `toTimelineJs()` is this function given
 * the package's data.
 *
 * @param data - The edition data it reads: `essay` (its title and date written), `events` and `caseStudies`.
 * @returns A fresh TimelineJS3 object.
 *
 * @throws {TypeError} when `data` has no `essay` object or no `events` or `caseStudies` array.
 *
 * @example
 * ```ts
 * import { caseStudies, essay, events } from 'destalinisation-essay';
 * const slide = toTimelineJs({ essay, events, caseStudies }).events.find((e) => e.unique_id === 'ussr-dprk-break');
 * slide?.display_date; // 'fall 1956'
 * ```
 */
export function toTimelineJs(data: Pick<EssayData, 'essay' | 'events' | 'caseStudies'>): TimelineJs {
  checkData('toTimelineJs(data)', data, ['essay', 'events', 'caseStudies']);
  const { essay } = data;
  const groups = new Map<string, string>(data.caseStudies.map((caseStudy) => [caseStudy.id, caseStudy.name]));
  return {
    title: {
      text: {
        headline: escapeHtml(essay.title),
        text: `<p>${escapeHtml(`The events of the essay (written ${essay.written}), from Stalin’s death to 1969.`)}</p>`,
      },
    },
    events: eventsInOrder(data.events).map((event) => slide(event, groups)),
  };
}
