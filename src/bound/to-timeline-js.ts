import { caseStudies } from '../collections/case-studies.js';
import { essay } from '../collections/essay.js';
import { events } from '../collections/events.js';
import { toTimelineJs as timelineJsOf } from '../export/to-timeline-js.js';
import type { TimelineJs } from '../types/exports.js';

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
  return timelineJsOf({ essay, events, caseStudies });
}
