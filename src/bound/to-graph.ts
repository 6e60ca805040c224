import { citations } from '../collections/citations.js';
import { claims } from '../collections/claims.js';
import { events } from '../collections/events.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { references } from '../collections/references.js';
import { toGraph as graphOf } from '../export/to-graph.js';
import type { Graph, GraphOptions } from '../types/exports.js';

/**
 * The edition as a network: nodes for every person, place, organisation, event, claim and
 * reference; typed, weighted links between them (see {@link GraphLinkKind}). Node ids are
 * `<kind>:<id>`; link ids are `<link kind>:<source>-><target>`, stable across calls and releases
 * while the records are. A node is labelled with a name, an event's `shortTitle`, a claim's `label`
 * or a reference's `label` ("Ivanov 1956a"), and carries its `degree` (the links of the returned
 * graph at it, for sizing) and, for an event, its `caseStudyId` and a copy of its `days` (for
 * colouring and placing it; `null` on other nodes). `kinds` keeps only those kinds of node (and the links between them);
 * `dropIsolated` drops the nodes left without a link. A fresh object on every call.
 *
 * @param options - `kinds`: the node kinds to include (default all); `dropIsolated`: drop nodes without links (default `false`).
 * @returns A fresh `{ nodes, links }` object.
 *
 * @throws {TypeError} when options is not a plain object, has an unknown or inherited key, `kinds` is not an array or `dropIsolated` not a boolean.
 * @throws {RangeError} when `kinds` names an unknown node kind.
 *
 * @example
 * ```ts
 * const { nodes, links } = toGraph({ kinds: ['person', 'event'], dropIsolated: true });
 * links[0]?.id; // 'participates:person:khrushchev->event:secret-speech'
 * // cytoscape({ elements: [...nodes.map((data) => ({ data })), ...links.map((data) => ({ data }))] });
 * ```
 */
export function toGraph(options: GraphOptions = {}): Graph {
  return graphOf({ people, places, organisations, events, claims, references, quotes, citations }, options);
}
