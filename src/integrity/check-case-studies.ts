import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';

/**
 * Case-study membership is derived from the events (rule `case-study`): a case study's `eventIds`
 * are exactly the events whose `caseStudyId` names it, each once, in the order of `events`; so a
 * deleted event, an event moved to another case study, or a case study duplicated is refused.
 */
export function checkCaseStudies(data: Pick<EssayData, 'events' | 'caseStudies'>, report: Report): void {
  const position = new Map(data.events.map((event, index) => [event.id as string, index]));
  const listedAt = new Map<string, number>();
  data.caseStudies.forEach((caseStudy, i) => {
    const owner = `case study ${caseStudy.id}`;
    let last = -1;
    let ordered = true;
    caseStudy.eventIds.forEach((eventId, k) => {
      const at = ['caseStudies', i, 'eventIds', k];
      const index = position.get(eventId);
      const event = index === undefined ? undefined : data.events[index];
      const earlier = listedAt.get(eventId);
      if (!event || index === undefined) report(at, 'case-study', `${owner} lists event ${eventId}, which is not in events`);
      else if (event.caseStudyId !== caseStudy.id)
        report(at, 'case-study', `${owner} lists event ${eventId}, which belongs to case study ${event.caseStudyId}`);
      else if (earlier !== undefined)
        report(at, 'case-study', `${owner} lists event ${eventId}, already listed by case study ${caseStudy.id} at caseStudies.${earlier}`);
      else {
        listedAt.set(eventId, i);
        if (index < last) ordered = false;
        last = index;
      }
    });
    if (!ordered) report(['caseStudies', i, 'eventIds'], 'case-study', `${owner} lists its events out of the order of events`);
  });
  const caseStudyIds = new Set(data.caseStudies.map((caseStudy) => caseStudy.id as string));
  data.events.forEach((event, i) => {
    if (caseStudyIds.has(event.caseStudyId) && !listedAt.has(event.id)) {
      report(['events', i, 'caseStudyId'], 'case-study', `event ${event.id} names case study ${event.caseStudyId}, which does not list it`);
    }
  });
}
