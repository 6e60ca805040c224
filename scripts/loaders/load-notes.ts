import type { Note } from '../../src/types/index.js';
import { anchorSpan } from './internal/anchor.js';
import type { StoredNote } from '../generated/data-types.js';

/** Builds the public notes: offsets from the anchor. */
export function loadNotes(raw: readonly StoredNote[], texts: ReadonlyMap<string, string>): Note[] {
  return raw.map(({ id, kind, correction, note, ...anchor }) => ({
    ...anchorSpan(anchor, texts),
    id,
    kind,
    correction,
    note,
  }));
}
