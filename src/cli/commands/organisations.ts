import { organisations } from '../../index.js';
import { count } from '../output.js';
import { collectionCommand } from './collection-command.js';

/** `organisations`: every organisation the essay names, with the number of mentions. */
export const organisationList = collectionCommand({
  name: 'organisations',
  summary: 'the organisations the essay names, with their mentions',
  records: organisations,
  what: 'the organisations',
  fields: (o) => [o.id, o.name, count(o.mentions.length, 'mention'), o.description],
});
