/**
 * "De-Stalinisation: A Fatal Blow for International Socialism?" (2014) as a scholarly digital
 * edition: the text, its outline and its apparatus as typed, deeply frozen data with helpers.
 *
 * @packageDocumentation
 */

export type * from './types/index.js';
export { blockKinds } from './types/index.js';
export type {
  BlockId,
  CitationId,
  ClaimId,
  EventId,
  CaseStudyId,
  NoteId,
  OrganisationId,
  ParagraphId,
  ParagraphNumber,
  PersonId,
  PlaceId,
  QuoteId,
  ReferenceId,
  SectionId,
} from './generated/ids.js';

// The collections in the order that bundles them smallest: gzip looks back 32 KiB, so the
// collections that repeat words of the text come just before the text itself (see docs/performance.md).
export { essay } from './collections/essay.js';
export { sections } from './collections/sections.js';
export { citations } from './collections/citations.js';
export { references } from './collections/references.js';
export { organisations } from './collections/organisations.js';
export { places } from './collections/places.js';
export { notes } from './collections/notes.js';
export { people } from './collections/people.js';
export { claims } from './collections/claims.js';
export { events } from './collections/events.js';
export { caseStudies } from './collections/case-studies.js';
export { quotes } from './collections/quotes.js';
export { blocks } from './collections/blocks.js';
export { paragraphs } from './collections/paragraphs.js';

export { getBlock } from './lookups/get-block.js';
export { getParagraph } from './lookups/get-paragraph.js';
export { getSection } from './lookups/get-section.js';
export { getQuote } from './lookups/get-quote.js';
export { getCitation } from './lookups/get-citation.js';
export { getReference } from './lookups/get-reference.js';
export { getPerson } from './lookups/get-person.js';
export { getPlace } from './lookups/get-place.js';
export { getOrganisation } from './lookups/get-organisation.js';
export { getEvent } from './lookups/get-event.js';
export { getClaim } from './lookups/get-claim.js';
export { getNote } from './lookups/get-note.js';

export { sectionOf } from './text/section-of.js';
export { blocksIn } from './text/blocks-in.js';
export { toPlainText } from './text/to-plain-text.js';
export { toMarkdown, type MarkdownOptions } from './text/to-markdown.js';
export { search, type SearchOptions } from './text/search.js';
export { plainTextRange } from './text/plain-text-range.js';

export { quotesIn } from './apparatus/quotes-in.js';
export { citationsIn } from './apparatus/citations-in.js';
export { citationsOf } from './apparatus/citations-of.js';
export { quotesFrom } from './apparatus/quotes-from.js';
export { quotesBy } from './apparatus/quotes-by.js';
export { segments } from './apparatus/segments.js';
export { formatLocator } from './apparatus/format-locator.js';
export { formatReference, referenceStyles, type ReferenceStyle } from './apparatus/format-reference.js';

export { toCslJson } from './export/to-csl-json.js';
export { toBibTeX } from './export/to-bibtex.js';
export { toWebAnnotations } from './export/to-web-annotations.js';
export { toTei } from './bound/to-tei.js';

export { mentionsOf } from './entities/mentions-of.js';
export { eventsInvolving } from './entities/events-involving.js';
export { hasCoordinates } from './entities/has-coordinates.js';
export { evidenceFor } from './argument/evidence-for.js';
export { timeline, type TimelineOptions } from './time/timeline.js';
export { toTimelineJs } from './export/to-timeline-js.js';
export { toGraph } from './export/to-graph.js';
export { toGeoJson } from './export/to-geo-json.js';
export { dateRange, type DateRange } from './time/date-range.js';
