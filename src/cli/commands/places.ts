import { places } from '../../index.js';
import { count } from '../output.js';
import { collectionCommand } from './collection-command.js';

/** `places`: every place the essay names, with its kind and the number of mentions. */
export const placeList = collectionCommand({
  name: 'places',
  summary: 'the places the essay names, with their kind and mentions',
  records: places,
  what: 'the places',
  fields: (p) => [p.id, p.name, p.kind, count(p.mentions.length, 'mention'), p.description],
});
