import type { NoteId } from '../generated/ids.js';
import type { Note } from '../types/notes.js';
import { anchorSpan } from './anchor.js';
import type { CompactAnchor, RawNote } from './raw.js';

/** Builds the public notes: offsets from the anchor. */
export function loadNotes(raw: readonly (RawNote | (Omit<RawNote, 'text' | 'occurrence'> & CompactAnchor))[], texts: ReadonlyMap<string, string>): Note[] {
  return raw.map(({ id, kind, correction, note, ...anchor }) => ({
    ...anchorSpan(anchor, texts),
    id: id as NoteId,
    kind,
    correction,
    note,
  }));
}
