import type { StoredCaseStudyAssignment, StoredEvent } from '../generated/data-types.js';
import type { Event } from '../../src/types/index.js';
import { eventDays } from '../../src/internal/event-days.js';
import { describeValue } from '../../src/internal/describe-value.js';
import { formatDate } from '../../src/time/format-date.js';

/**
 * Builds the public events: stored in their public shape, ids typed, with the date in words, the
 * days each date can mean and the case study each belongs to. Throws a `TypeError` naming the event
 * when a date is not EDTF of level 0 or 1, or when an event has no case study or more than one.
 */
export function loadEvents(raw: readonly StoredEvent[], assignments: readonly StoredCaseStudyAssignment[]): Event[] {
  const byEvent = new Map<string, StoredCaseStudyAssignment>();
  for (const assignment of assignments) {
    if (byEvent.has(assignment.eventId))
      throw new TypeError(`data/event-case-studies.json: event ${describeValue(assignment.eventId)} has more than one case study`);
    byEvent.set(assignment.eventId, assignment);
  }
  const known = new Set(raw.map((event) => event.id));
  for (const { eventId } of assignments) {
    if (!known.has(eventId)) throw new TypeError(`data/event-case-studies.json: unknown event ${describeValue(eventId)}`);
  }
  return raw.map((event) => {
    const assignment = byEvent.get(event.id);
    if (!assignment) throw new TypeError(`data/event-case-studies.json: event ${describeValue(event.id)} has no case study`);
    let days: Event['days'];
    try {
      days = eventDays(event.date);
    } catch (error) {
      throw new TypeError(`data/events.json: event ${describeValue(event.id)}: ${(error as Error).message}`);
    }
    const { id, title, shortTitle, summary, date, ...rest } = event;
    return {
      id,
      title,
      shortTitle,
      summary,
      date,
      // eventDays has read the date, so formatDate reads it too.
      dateLabel: formatDate(date)!,
      ...rest,
      days,
      caseStudyId: assignment.caseStudyId,
      caseStudyNote: assignment.note,
    };
  });
}
