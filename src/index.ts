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

export { essay } from './data/essay.js';
export { blocks } from './data/blocks.js';
export { paragraphs } from './data/paragraphs.js';
export { sections } from './data/sections.js';
export { quotes } from './data/quotes.js';
export { citations } from './data/citations.js';
export { references } from './data/references.js';
export { people } from './data/people.js';
export { places } from './data/places.js';
export { organisations } from './data/organisations.js';
export { events } from './data/events.js';
export { claims } from './data/claims.js';
export { notes } from './data/notes.js';

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
export { formatLocator } from './apparatus/format-locator.js';
export { formatReference, referenceStyles, type ReferenceStyle } from './apparatus/format-reference.js';

export { toCslJson } from './export/to-csl-json.js';
export { toBibTeX } from './export/to-bibtex.js';
export { toWebAnnotations } from './export/to-web-annotations.js';
export { toTei } from './export/to-tei.js';

export { mentionsOf } from './entities/mentions-of.js';
export { eventsInvolving } from './entities/events-involving.js';
export { evidenceFor } from './argument/evidence-for.js';
export { timeline, type TimelineOptions } from './time/timeline.js';
export { toTimelineJs } from './export/to-timeline-js.js';
export { toGraph } from './export/to-graph.js';
export { dateRange, type DateRange } from './time/date-range.js';
