import type { Reference } from '../../src/types/index.js';
import { referenceLabel } from '../../src/apparatus/internal/reference-label.js';
import type { StoredReference } from '../generated/data-types.js';

/** Builds the public references from `data/references.json`, each with its short label ("Ivanov 1956a"). */
export function loadReferences(raw: readonly StoredReference[]): Reference[] {
  return raw.map((entry) => {
    const { id, blockId, text, type, authors, editors, year, title, containerTitle, volume, issue, pages } = entry;
    const { publisher, place, institution, archive, url, noteIds } = entry;
    return {
      id,
      label: referenceLabel(raw, entry),
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
