import type { Reference } from '../../src/types/index.js';
import type { StoredReference } from '../generated/data-types.js';

/** Builds the public references from `data/references.json`. */
export function loadReferences(raw: readonly StoredReference[]): Reference[] {
  return raw.map((entry) => {
    const { id, blockId, text, type, authors, editors, year, title, containerTitle, volume, issue, pages } = entry;
    const { publisher, place, institution, archive, url, noteIds } = entry;
    return {
      id,
      blockId,
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
      noteIds,
    };
  });
}
