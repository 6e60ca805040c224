import { people } from '../../index.js';
import { count } from '../output.js';
import { collectionCommand } from './collection-command.js';

/** `people`: every person the essay names, with the number of mentions. */
export const peopleList = collectionCommand({
  name: 'people',
  summary: 'the people the essay names, with their mentions',
  records: people,
  what: 'the people',
  fields: (p) => [p.id, p.name, count(p.mentions.length, 'mention'), p.description],
});
