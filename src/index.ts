/**
 * "De-Stalinisation: A Fatal Blow for International Socialism?" (2014) as a scholarly digital
 * edition: the text, its outline and its apparatus as typed, deeply frozen data with helpers.
 *
 * @module destalinisation-essay
 * @packageDocumentation
 */

export type * from './types/index.js';
export { blockKinds } from './types/index.js';
// <generated from scripts/model/collections.ts: the id types. Do not edit: run `npm run generate`.>
export type {
  BlockId,
  CaseStudyId,
  CitationId,
  ClaimId,
  EventId,
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
// </generated>

// The collections in the order that bundles them smallest (`bundleOrder` in the table of collections).
// <generated from scripts/model/collections.ts: the collections and their lookups. Do not edit: run `npm run generate`.>
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
export { getCaseStudy } from './lookups/get-case-study.js';
export { getClaim } from './lookups/get-claim.js';
export { getNote } from './lookups/get-note.js';
// </generated>

export { sectionOf } from './bound/section-of.js';
export { blocksIn } from './bound/blocks-in.js';
export { toPlainText } from './bound/to-plain-text.js';
export { toMarkdown } from './bound/to-markdown.js';
export type { MarkdownOptions } from './text/to-markdown.js';
export { search } from './bound/search.js';
export type { SearchOptions } from './text/search.js';
export { plainTextRange } from './bound/plain-text-range.js';

export { quotesIn } from './bound/quotes-in.js';
export { citationsIn } from './bound/citations-in.js';
export { citationsOf } from './bound/citations-of.js';
export { quotesFrom } from './bound/quotes-from.js';
export { quotesBy } from './bound/quotes-by.js';
export { segments } from './bound/segments.js';
export { segmentTree } from './bound/segment-tree.js';
export { formatLocator } from './apparatus/format-locator.js';
export { formatReference } from './bound/format-reference.js';
export { formatCitation } from './bound/format-citation.js';
export { referenceStyles, type ReferenceStyle } from './apparatus/format-reference.js';

export { toCslJson } from './bound/to-csl-json.js';
export { toBibTeX } from './bound/to-bibtex.js';
export { toWebAnnotations } from './bound/to-web-annotations.js';
export { toTei } from './bound/to-tei.js';

export { mentionsOf } from './bound/mentions-of.js';
export { eventsInvolving } from './bound/events-involving.js';
export { hasCoordinates } from './entities/has-coordinates.js';
export { evidenceFor } from './bound/evidence-for.js';
export { timeline } from './bound/timeline.js';
export type { TimelineOptions } from './time/timeline.js';
export { toTimelineJs } from './bound/to-timeline-js.js';
export { toGraph } from './bound/to-graph.js';
export { toGeoJson } from './bound/to-geo-json.js';
export { dateRange, type DateRange } from './time/date-range.js';
export { formatDate, type FormatDateOptions } from './time/format-date.js';
