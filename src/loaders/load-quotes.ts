import type { CitationId, NoteId, PersonId, QuoteId, ReferenceId } from '../generated/ids.js';
import type { Citation, Quote } from '../types/index.js';
import { anchorSpan } from './internal/anchor.js';
import type { StoredQuote } from '../generated/data-types.js';

/** Builds the public quotes: offsets from the anchor, source and locator from the supporting citation. */
export function loadQuotes(
  raw: readonly StoredQuote[],
  texts: ReadonlyMap<string, string>,
  citations: readonly Citation[],
): Quote[] {
  const citationById = new Map(citations.map((citation) => [citation.id as string, citation]));
  return raw.map((entry) => {
    const citation = entry.citationId === null ? undefined : citationById.get(entry.citationId);
    if (entry.citationId !== null && !citation) throw new RangeError(`quote ${entry.id}: unknown citation ${entry.citationId}`);
    return {
      ...anchorSpan(entry, texts),
      id: entry.id as QuoteId,
      kind: entry.kind,
      speakerIds: entry.speakerIds as readonly PersonId[],
      referenceId: citation ? citation.referenceId : (entry.referenceId as ReferenceId | null),
      locator: citation ? citation.locator : null,
      citationId: entry.citationId as CitationId | null,
      parentId: entry.parentId as QuoteId | null,
      noteIds: entry.noteIds as readonly NoteId[],
      rationale: entry.rationale,
    };
  });
}
