import type { BlockId, NoteId, ReferenceId } from '../generated/ids.js';
import type { Reference } from '../types/apparatus.js';
import type { RawReference } from './raw.js';

/** Builds the public references: the parsed fields with the entry's printed text from its block. */
export function loadReferences(raw: readonly RawReference[], texts: ReadonlyMap<string, string>): Reference[] {
  return raw.map((entry) => {
    const text = texts.get(entry.blockId);
    if (text === undefined) throw new RangeError(`reference ${entry.id}: unknown block ${entry.blockId}`);
    const { id, blockId, type, authors, editors, year, title, containerTitle, volume, issue, pages } = entry;
    const { publisher, place, institution, archive, url, noteIds } = entry;
    return {
      id: id as ReferenceId,
      blockId: blockId as BlockId,
      text,
      type,
      authors,
      editors,
      year,
      title,
      containerTitle,
      volume,
      issue,
      pages,
      publisher,
      place,
      institution,
      archive,
      url,
      noteIds: noteIds as readonly NoteId[],
    };
  });
}
