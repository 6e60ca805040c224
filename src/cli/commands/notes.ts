import { notes } from '../../index.js';
import { clip } from '../output.js';
import { collectionCommand } from './collection-command.js';

/** `notes`: the editorial notes, a note a line: its kind, where it is, the words, the correction and the note. */
export const noteList = collectionCommand({
  name: 'notes',
  summary: 'the editorial notes (spellings, names, facts, citations)',
  records: notes,
  what: 'the notes',
  fields: (n) => [n.id, n.kind, `${n.blockId}:${n.start}`, `‘${clip(n.text)}’`, n.correction === null ? '-' : `→ ${n.correction}`, n.note],
});
