import type { Note } from '../../types/index.js';
import { pointers } from './ids.js';
import type { InlineSpan } from './nest-spans.js';
import { rank } from './ranks.js';
import { readingEdits } from './reading-edits.js';
import { isRegularisation } from './regularisation.js';
import { categoryPointer } from './vocabularies.js';
import { xmlElement, xmlTextElement } from './xml.js';

/** The printed marks at the edge of a note's words (`"From` → `"`, `self-criticism’` → `’`), or all of them. */
function markRange(text: string): { start: number; end: number } {
  const leading = /^[^\p{L}\p{Nd}]+/u.exec(text)?.[0].length ?? 0;
  if (leading > 0 && leading < text.length) return { start: 0, end: leading };
  const trailing = /[^\p{L}\p{Nd}]+$/u.exec(text)?.[0].length ?? 0;
  if (trailing > 0 && trailing < text.length) return { start: text.length - trailing, end: text.length };
  return { start: 0, end: text.length };
}

/**
 * How a note marks its words. With a correction, each edit of the reading (see `readingEdits`) is a
 * `choice`, never cut, on the smallest stretch of printed words: `orig`/`reg` where the correction
 * regularises a name, `sic`/`corr` where it corrects an error; a missing space or mark is an empty
 * `sic` with the `corr` that supplies it. Without a correction, a punctuation note marks the
 * irregular marks as `sic` (a quotation mark never opened or closed); any other note (a comment on
 * a fact, a missing page range) marks the words it comments on as `seg type="noted"`, since they
 * are not wrong. `onTargets` receives the `xml:id`s the note points at, once they are known.
 */
export function noteSpans(note: Note, onTargets: (noteId: string, ids: readonly string[]) => void): InlineSpan[] {
  if (note.correction !== null) {
    const regularised = isRegularisation(note);
    const edits = readingEdits(note.text, note.correction);
    const ids = edits.map((_, index) => `${note.id}.choice${index === 0 ? '' : index + 1}`);
    onTargets(note.id, ids);
    return edits.map((edit, index) => {
      const reading =
        edit.replacement === ''
          ? xmlElement(regularised ? 'reg' : 'corr', { resp: '#editors' })
          : xmlTextElement(regularised ? 'reg' : 'corr', { resp: '#editors' }, edit.replacement);
      return {
        start: note.start + edit.start,
        end: note.start + edit.end,
        rank: rank.correction,
        splittable: false,
        name: regularised ? 'orig' : 'sic',
        attributes: {},
        id: null,
        partId: `${ids[index]}.printed`,
        wrap: { before: `<choice xml:id="${ids[index]}">`, after: `${reading}</choice>` },
      };
    });
  }
  const isMark = note.kind === 'punctuation';
  const range = isMark ? markRange(note.text) : { start: 0, end: note.text.length };
  const id = `${note.id}.${isMark ? 'sic' : 'words'}`;
  return [
    {
      start: note.start + range.start,
      end: note.start + range.end,
      rank: rank.noted,
      splittable: true,
      name: isMark ? 'sic' : 'seg',
      attributes: isMark ? {} : { type: 'noted' },
      id,
      partId: id,
      after: (partIds) => {
        onTargets(note.id, partIds);
        return '';
      },
    },
  ];
}

/** The editors' note, out of the reading text: typed, pointing at the words it is about. */
export function editorialNote(note: Note, targets: readonly string[]): string {
  return xmlTextElement(
    'note',
    { 'xml:id': note.id, type: note.kind, ana: categoryPointer('note-kind', note.kind), resp: '#editors', target: pointers(targets) },
    note.note,
  );
}
