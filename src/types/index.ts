export type {
  Essay,
  BlockKind,
  Block,
  Paragraph,
  NonParagraphBlock,
  Section,
  Span,
  SearchHit,
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
  Mention,
  NamedEntity,
  Person,
  Place,
  PlaceKind,
  Organisation,
  DateBasis,
  Event,
  EventDays,
  DayBoundKind,
  CaseStudy,
  ClaimRole,
  Claim,
  Evidence,
  NoteKind,
  Note,
  EssayData,
} from '../generated/types.js';
export { blockKinds } from '../generated/types.js';
export type { CslName, CslDate, CslItem, CslCitationItem, CslCitation, CslExport } from './csl.js';
export type { TextQuoteSelector, TextPositionSelector, TextualBody, WebAnnotation, WebAnnotationOptions } from './annotation.js';
export type { TimelineJsDate, TimelineJsText, TimelineJs, TimelineJsEvent, GraphNodeKind, GraphLinkKind, GraphNode, GraphLink, Graph, GraphOptions } from './exports.js';
export type { GeoJsonPosition, LocatedPlace, GeoJsonPoint, PlaceFeatureProperties, PlaceFeature, PlaceFeatureCollection } from './geojson.js';
export type { Segment, SegmentMention } from './segments.js';
