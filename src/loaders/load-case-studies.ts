import type { StoredCaseStudy } from '../generated/data-types.js';
import type { CaseStudyId, EventId, PlaceId, SectionId } from '../generated/ids.js';
import type { CaseStudy, Event } from '../types/index.js';
import { describeValue } from '../internal/describe-value.js';

/**
 * Builds the public case studies, each with its events (in the order of `events`). Throws a
 * `TypeError` when an event names a case study that `data/case-studies.json` does not hold.
 */
export function loadCaseStudies(raw: readonly StoredCaseStudy[], events: readonly Event[]): CaseStudy[] {
  const known = new Set<string>(raw.map((caseStudy) => caseStudy.id));
  for (const event of events) {
    if (!known.has(event.caseStudyId)) throw new TypeError(`data/event-case-studies.json: event ${describeValue(event.id)}: unknown case study ${describeValue(event.caseStudyId)}`);
  }
  return raw.map((caseStudy) => ({
    ...caseStudy,
    id: caseStudy.id as CaseStudyId,
    placeId: caseStudy.placeId as PlaceId,
    sectionIds: caseStudy.sectionIds as readonly SectionId[],
    eventIds: events.filter((event) => event.caseStudyId === caseStudy.id).map((event): EventId => event.id),
  }));
}
