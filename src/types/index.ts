// <generated from scripts/model/collections.ts: the record types. Do not edit: run `npm run generate`.>
export type {
  BlockKind,
  QuoteKind,
  LocatorUnit,
  CitationForm,
  ReferenceType,
  DateBasis,
  DayBoundKind,
  PlaceKind,
  ClaimRole,
  NoteKind,
  Essay,
  Paragraph,
  NonParagraphBlock,
  Block,
  Section,
  Span,
  SearchHit,
  Locator,
  Quote,
  Citation,
  Name,
  PageRange,
  Reference,
  Mention,
  NamedEntity,
  Person,
  Place,
  Organisation,
  EventDays,
  Event,
  CaseStudy,
  Evidence,
  Claim,
  Note,
  EssayData,
} from '../generated/types.js';
export { blockKinds } from '../generated/types.js';
// </generated>
export type { CslName, CslDate, CslItem, CslCitationItem, CslCitation, CslExport } from './csl.js';
export type { TextQuoteSelector, TextPositionSelector, TextualBody, WebAnnotation, WebAnnotationOptions } from './annotation.js';
export type { TimelineJsDate, TimelineJsText, TimelineJs, TimelineJsEvent, GraphNodeKind, GraphLinkKind, GraphNode, GraphLink, Graph, GraphOptions } from './exports.js';
export type { GeoJsonPosition, LocatedPlace, GeoJsonPoint, PlaceFeatureProperties, PlaceFeature, PlaceFeatureCollection } from './geojson.js';
export type { Segment, SegmentMention } from './segments.js';
