import { events } from '../../index.js';
import { collectionCommand } from './collection-command.js';

/** `events`: every event as the collection orders it, with its date and case study (`timeline` orders and filters them by date). */
export const eventList = collectionCommand({
  name: 'events',
  summary: 'the events as the collection orders them, with their case study',
  records: events,
  what: 'the events',
  fields: (e) => [e.id, e.date, e.caseStudyId, e.title],
});
