export type { Essay, BlockKind, Block, Paragraph, NonParagraphBlock, Section, Span, SearchHit } from './text.js';
export { blockKinds } from './text.js';
export type {
  QuoteKind,
  Quote,
  LocatorUnit,
  Locator,
  CitationForm,
  Citation,
  ReferenceType,
  Reference,
  Name,
  PageRange,
} from './apparatus.js';
export type { Mention, NamedEntity, Person, Place, Organisation, DateBasis, Event } from './entities.js';
export type { ClaimRole, Claim, Evidence } from './argument.js';
export type { NoteKind, Note } from './notes.js';
export type { EssayData } from './essay-data.js';
export type { CslName, CslDate, CslItem, CslCitationItem, CslCitation, CslExport } from './csl.js';
export type { TextQuoteSelector, TextPositionSelector, TextualBody, WebAnnotation, WebAnnotationOptions } from './annotation.js';
export type { TimelineJsDate, TimelineJsText, TimelineJsEvent, TimelineJs, GraphNodeKind, GraphLinkKind, GraphNode, GraphLink, Graph } from './exports.js';
