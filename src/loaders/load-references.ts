import type { BlockId, NoteId, ReferenceId } from '../generated/ids.js';
import type { Reference } from '../types/index.js';
import type { StoredReference } from '../generated/data-types.js';

/** Builds the public references from `data/references.json`. */
export function loadReferences(raw: readonly StoredReference[]): Reference[] {
  return raw.map((entry) => {
    const { id, blockId, text, type, authors, editors, year, title, containerTitle, volume, issue, pages } = entry;
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
