import type { Citation, Quote } from '../../src/types/index.js';
import { anchorSpan } from './internal/anchor.js';
import type { StoredQuote } from '../generated/data-types.js';

/** Builds the public quotes: offsets from the anchor, source and locator from the supporting citation. */
export function loadQuotes(raw: readonly StoredQuote[], texts: ReadonlyMap<string, string>, citations: readonly Citation[]): Quote[] {
  const citationById = new Map<string, Citation>(citations.map((citation) => [citation.id, citation]));
  return raw.map((entry) => {
    const citation = entry.citationId === null ? undefined : citationById.get(entry.citationId);
    if (entry.citationId !== null && !citation) throw new RangeError(`quote ${entry.id}: unknown citation ${entry.citationId}`);
    return {
      ...anchorSpan(entry, texts),
      id: entry.id,
      kind: entry.kind,
      speakerIds: entry.speakerIds,
      speakerOrganisationIds: entry.speakerOrganisationIds,
      speakerNote: entry.speakerNote,
      referenceId: citation ? citation.referenceId : entry.referenceId,
      locator: citation ? citation.locator : null,
      citationId: entry.citationId,
      parentId: entry.parentId,
      noteIds: entry.noteIds,
      rationale: entry.rationale,
    };
  });
}
