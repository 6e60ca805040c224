import { caseStudies } from '../collections/case-studies.js';
import { essay } from '../collections/essay.js';
import { timeline } from '../time/timeline.js';
import type { Event } from '../types/index.js';
import type { TimelineJs, TimelineJsDate, TimelineJsEvent } from '../types/exports.js';
import { dateInWords } from './internal/date-in-words.js';
import { edtfEnds, type EdtfDate } from './internal/edtf-parts.js';
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
 * The events as TimelineJS3 JSON, in timeline order, one row (`group`) per case study: the name of
 * the event's {@link CaseStudy} (`caseStudyId`, editorial data with its ground). Every slide has a
 * `display_date`: its date in words, with its year, as a reader can place it ("25 February 1956",
 * "fall 1956", "about March 1956", "19–20 October 1956", "by 1954"), since TimelineJS has no field
 * for a season, an approximate date or an open start; the essay's own words stay in the event's
 * `dateText`. A season spans its months (`1956-23` is September to November 1956). Text is
 * HTML-escaped. A fresh object on every call.
 *
 * @returns A fresh TimelineJS3 object.
 *
 * @example
 * ```ts
 * const slide = toTimelineJs().events.find((e) => e.unique_id === 'ussr-dprk-break');
 * slide?.display_date; // 'fall 1956'
 * slide?.start_date; // { year: 1956, month: 9 }
 * slide?.group; // 'North Korea'
 * ```
 */
export function toTimelineJs(): TimelineJs {
  const groups = new Map<string, string>(caseStudies.map((caseStudy) => [caseStudy.id, caseStudy.name]));
  return {
    title: {
      text: {
        headline: escapeHtml(essay.title),
        text: `<p>${escapeHtml(`The events of the essay (written ${essay.written}), from Stalin’s death to 1969.`)}</p>`,
      },
    },
    events: timeline().map((event) => slide(event, groups)),
  };
}
