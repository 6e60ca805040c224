import { claims } from '../../index.js';
import { clip } from '../output.js';
import { collectionCommand } from './collection-command.js';

/** `claims`: the argument, a claim a line: its role, the claims it supports and its first wording. */
export const claimList = collectionCommand({
  name: 'claims',
  summary: 'the claims of the argument, with what each supports',
  records: claims,
  what: 'the claims',
  fields: (c) => [c.id, c.role, c.supports.length === 0 ? '-' : `supports ${c.supports.join(',')}`, `‘${clip(c.spans[0]?.text ?? '')}’`],
});
