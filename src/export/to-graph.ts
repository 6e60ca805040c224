import { claims } from '../collections/claims.js';
import { events } from '../collections/events.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { references } from '../collections/references.js';
import { getCitation } from '../lookups/get-citation.js';
import { getQuote } from '../lookups/get-quote.js';
import type { Claim } from '../types/index.js';
import type { Mention } from '../types/index.js';
import type { Graph, GraphLink, GraphLinkKind, GraphNode, GraphNodeKind } from '../types/exports.js';

const node = (kind: GraphNodeKind, recordId: string, label: string): GraphNode => ({ id: `${kind}:${recordId}`, kind, recordId, label });

function claimLabel(claim: Claim): string {
  const text = claim.spans[0]?.text ?? claim.id;
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function within(mention: Mention, claim: Claim): boolean {
  return claim.spans.some((span) => span.blockId === mention.blockId && span.start <= mention.start && mention.end <= span.end);
}

/**
 * The edition as a network: nodes for every person, place, organisation, event, claim and
 * reference; typed, weighted links between them (see {@link GraphLinkKind}). Node ids are
 * `<kind>:<id>`. A fresh object on every call.
 *
 * @returns A fresh `{ nodes, links }` object.
 *
 * @example
 * ```ts
 * const { nodes, links } = toGraph();
 * // d3.forceSimulation(nodes).force('link', d3.forceLink(links).id((d) => d.id));
 * ```
 */
export function toGraph(): Graph {
  const nodes: GraphNode[] = [
    ...people.map((p) => node('person', p.id, p.name)),
    ...places.map((p) => node('place', p.id, p.name)),
    ...organisations.map((o) => node('organisation', o.id, o.name)),
    ...events.map((e) => node('event', e.id, e.title)),
    ...claims.map((c) => node('claim', c.id, claimLabel(c))),
    ...references.map((r) => node('reference', r.id, `${r.authors[0]?.family ?? ''} ${r.year}`.trim())),
  ];
  const weights = new Map<string, number>();
  const link = (source: string, target: string, kind: GraphLinkKind) => {
    const key = `${source}\u0000${target}\u0000${kind}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  };
  for (const event of events) {
    for (const id of event.personIds) link(`person:${id}`, `event:${event.id}`, 'participates');
    for (const id of event.organisationIds) link(`organisation:${id}`, `event:${event.id}`, 'participates');
    for (const id of event.placeIds) link(`event:${event.id}`, `place:${id}`, 'located');
    for (const id of event.sourceIds) link(`event:${event.id}`, `reference:${id}`, 'cites');
  }
  const entities = [
    ...people.map((p) => ['person', p] as const),
    ...places.map((p) => ['place', p] as const),
    ...organisations.map((o) => ['organisation', o] as const),
  ];
  for (const claim of claims) {
    for (const id of claim.supports) link(`claim:${claim.id}`, `claim:${id}`, 'supports');
    for (const id of claim.evidence.eventIds) link(`event:${id}`, `claim:${claim.id}`, 'supports');
    for (const id of claim.evidence.citationIds) link(`claim:${claim.id}`, `reference:${getCitation(id).referenceId}`, 'cites');
    for (const id of claim.evidence.quoteIds) {
      const ref = getQuote(id).referenceId;
      if (ref) link(`claim:${claim.id}`, `reference:${ref}`, 'cites');
    }
    for (const [kind, entity] of entities) {
      for (const mention of entity.mentions) if (within(mention, claim)) link(`claim:${claim.id}`, `${kind}:${entity.id}`, 'mentions');
    }
  }
  for (const quote of quotes) {
    if (quote.referenceId) for (const id of quote.speakerIds) link(`person:${id}`, `reference:${quote.referenceId}`, 'spoke');
  }
  const links: GraphLink[] = [...weights].map(([key, weight]) => {
    const [source = '', target = '', kind] = key.split('\u0000');
    return { source, target, kind: kind as GraphLinkKind, weight };
  });
  return { nodes, links };
}
