import type { CaseStudyId } from '../generated/ids.js';
import type { EventDays } from '../generated/types.js';
/** A TimelineJS3 date. */
export interface TimelineJsDate {
  /** Year. */
  readonly year: number;
  /** Month, 1 to 12, where known. */
  readonly month?: number;
  /** Day of the month, where known. */
  readonly day?: number;
}

/** A TimelineJS3 slide's text (HTML, escaped). */
export interface TimelineJsText {
  /**
   * The headline: an event's full `title` (a slide gives it a line of its own, and the time
   * navigation clips it to its markers), or the essay's title on the title slide.
   */
  readonly headline: string;
  /** The body. */
  readonly text: string;
}

/** A TimelineJS3 event. */
export interface TimelineJsEvent {
  /** When it starts, as precisely as the date is known (for an open start such as "by 1954", the known end; for a season, its first month). */
  readonly start_date: TimelineJsDate;
  /** When it ends, for an interval or a season (its last month). */
  readonly end_date?: TimelineJsDate;
  /** The date in words, always with its year ("25 February 1956", "fall 1956", "about March 1956", "by 1954"). */
  readonly display_date: string;
  /** Headline and summary. */
  readonly text: TimelineJsText;
  /** The row: the name of the case study the event belongs to (see `caseStudies`). */
  readonly group: string;
  /** The event id. */
  readonly unique_id: string;
}

/** TimelineJS3 JSON: a title slide and the events. */
export interface TimelineJs {
  /** The title slide. */
  readonly title: { readonly text: TimelineJsText };
  /** The events, in timeline order. */
  readonly events: readonly TimelineJsEvent[];
}

/** The kinds of node in {@link toGraph}. */
export type GraphNodeKind = 'person' | 'place' | 'organisation' | 'event' | 'claim' | 'reference';

/**
 * The kinds of link in {@link toGraph}: `participates` (person or organisation → event), `located`
 * (event → place), `supports` (claim or event → claim), `cites` (claim or event → reference),
 * `spoke` (person → reference their quoted words come from), `mentions` (claim → entity named in
 * its words).
 */
export type GraphLinkKind = 'participates' | 'located' | 'supports' | 'cites' | 'spoke' | 'mentions';

/**
 * A node: `id` is `<kind>:<record id>`, unique across kinds. Every node has the same keys (absent
 * values are `null`): an event's node carries its `caseStudyId` and `days` for colouring and placing
 * it, other nodes `null`.
 */
export interface GraphNode {
  /** `<kind>:<record id>`, e.g. `person:khrushchev`. */
  readonly id: string;
  /** What the node is. */
  readonly kind: GraphNodeKind;
  /** The record's id in its collection. */
  readonly recordId: string;
  /**
   * A short label, ready to draw: a person's, place's or organisation's preferred `name`, an event's
   * `shortTitle`, a claim's `label`, a reference's `label` ("Ivanov 1956a").
   */
  readonly label: string;
  /** For an event, the case study it belongs to (its row or colour); `null` for any other node. */
  readonly caseStudyId: CaseStudyId | null;
  /** For an event, a copy of its `days` (ISO days, with the exclusive end axis libraries take); `null` for any other node. */
  readonly days: EventDays | null;
  /**
   * How many links of this graph start or end at the node (each link once, whatever its `weight`),
   * counted after `kinds` has chosen the links: for sizing nodes without a pass over the links.
   */
  readonly degree: number;
}

/** A directed link between two nodes. */
export interface GraphLink {
  /** `<link kind>:<source>-><target>`, e.g. `participates:person:khrushchev->event:secret-speech`: unique and stable. */
  readonly id: string;
  /** The source node id. */
  readonly source: string;
  /** The target node id. */
  readonly target: string;
  /** What the link means. */
  readonly kind: GraphLinkKind;
  /** How many times the relation holds (e.g. the number of quotes for `spoke`). */
  readonly weight: number;
}

/** Options of {@link toGraph}. */
export interface GraphOptions {
  /** The kinds of node to include, and so the links between them (default: every kind). */
  readonly kinds?: readonly GraphNodeKind[];
  /** Leave out the nodes that no link reaches (default `false`). */
  readonly dropIsolated?: boolean;
}

/** Nodes and links, ready for D3 (`forceLink().id(d => d.id)`), Cytoscape or Gephi. */
export interface Graph {
  /** Every person, place, organisation, event, claim and reference. */
  readonly nodes: readonly GraphNode[];
  /** Every relation between them. */
  readonly links: readonly GraphLink[];
}
