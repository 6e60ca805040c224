import { notes } from '../collections/notes.js';
import type { NoteId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Note } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(notes);

/**
 * Finds an editorial note by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A note id, e.g. `h11-n1`.
 * @returns The note, or `undefined`.
 *
 * @example
 * ```ts
 * getNote('h11-n1')?.correction; // 'Ambassador'
 * ```
 */
export function getNote(id: NoteId): Note;
export function getNote(id: string): Note | undefined;
export function getNote(id: string): Note | undefined {
  return find(id);
}
