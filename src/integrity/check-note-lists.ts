import type { EssayData, Note } from '../types/index.js';
import type { Report } from './issue.js';
import { listIds } from './list-ids.js';

/**
 * The notes a record lists are derived from where the notes lie (rule `note`): a quote lists every
 * note within its words, and only notes of its own block (it may add the note on a mark of its
 * own, just outside the words); a reference lists exactly the notes on its entry, in order.
 */
export function checkNoteLists(data: Pick<EssayData, 'quotes' | 'references' | 'notes'>, report: Report): void {
  const notesIn = new Map<string, Note[]>();
  for (const note of data.notes) {
    const list = notesIn.get(note.blockId);
    if (list) list.push(note);
    else notesIn.set(note.blockId, [note]);
  }
  const noteById = new Map(data.notes.map((note) => [note.id as string, note]));
  data.quotes.forEach((quote, i) => {
    const owner = `quote ${quote.id}`;
    for (const note of notesIn.get(quote.blockId) ?? []) {
      if (note.start >= quote.start && note.end <= quote.end && !quote.noteIds.includes(note.id)) {
        report(['quotes', i, 'noteIds'], 'note', `${owner} does not list note ${note.id}, which lies within its words`);
      }
    }
    quote.noteIds.forEach((noteId, j) => {
      const note = noteById.get(noteId);
      if (note && note.blockId !== quote.blockId)
        report(['quotes', i, 'noteIds', j], 'note', `${owner} in block ${quote.blockId} lists note ${noteId}, which is in block ${note.blockId}`);
    });
  });
  data.references.forEach((reference, i) => {
    const expected = (notesIn.get(reference.blockId) ?? []).map((note) => note.id as string);
    if (reference.noteIds.length !== expected.length || reference.noteIds.some((id, j) => id !== expected[j])) {
      report(
        ['references', i, 'noteIds'],
        'note',
        `reference ${reference.id} lists notes ${listIds(reference.noteIds)}, expected the notes on its entry ${listIds(expected)}`,
      );
    }
  });
}
