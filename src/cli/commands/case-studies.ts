import { caseStudies } from '../../index.js';
import { count } from '../output.js';
import { collectionCommand } from './collection-command.js';

/** `case-studies`: the four case studies, with their country and number of events. */
export const caseStudyList = collectionCommand({
  name: 'case-studies',
  summary: 'the case studies (the rows of a timeline), with their events',
  records: caseStudies,
  what: 'the case studies',
  fields: (c) => [c.id, c.name, c.placeId, count(c.eventIds.length, 'event'), c.description],
});
