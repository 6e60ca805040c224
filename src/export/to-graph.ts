import { claims } from '../collections/claims.js';
import { events } from '../collections/events.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { references } from '../collections/references.js';
import { getCitation } from '../lookups/get-citation.js';
import { getQuote } from '../lookups/get-quote.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import type { Claim } from '../types/index.js';
import type { Mention } from '../types/index.js';
import type { Graph, GraphLink, GraphLinkKind, GraphNode, GraphNodeKind, GraphOptions } from '../types/exports.js';

/** Every kind of node, in the order the nodes are listed. */
const nodeKinds: readonly GraphNodeKind[] = ['person', 'place', 'organisation', 'event', 'claim', 'reference'];

const optionRules: Readonly<Record<keyof GraphOptions, OptionRule>> = {
  kinds: {
    types: ['array'],
    expected: 'an array of node kinds (person, place, organisation, event, claim, reference)',
    eachItem: (kind) => (nodeKinds.includes(kind as GraphNodeKind) ? undefined : `unknown node kind ${describeValue(kind)}; expected ${nodeKinds.join(', ')}`),
  },
  dropIsolated: { types: ['boolean'], expected: 'a boolean' },
};

/** The options, checked and read once: the kinds to keep, and whether to drop nodes without links. */
function readOptions(options: unknown): { kinds: ReadonlySet<string>; dropIsolated: boolean } {
  const { kinds = nodeKinds, dropIsolated = false } = checkOptions<GraphOptions>('toGraph(options)', options, optionRules);
  return { kinds: new Set(kinds), dropIsolated };
}

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
 * `<kind>:<id>`; link ids are `<link kind>:<source>-><target>`, stable across calls and releases
 * while the records are. `kinds` keeps only those kinds of node (and the links between them);
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
  const { kinds, dropIsolated } = readOptions(options);
  const all: GraphNode[] = [
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
  const kindOf = new Map(all.map((n) => [n.id, n.kind]));
  const links: GraphLink[] = [...weights]
    .map(([key, weight]): GraphLink => {
      const [source = '', target = '', kind = ''] = key.split('\u0000');
      return { id: `${kind}:${source}->${target}`, source, target, kind: kind as GraphLinkKind, weight };
    })
    .filter((l) => kinds.has(kindOf.get(l.source)!) && kinds.has(kindOf.get(l.target)!));
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = all.filter((n) => kinds.has(n.kind) && (!dropIsolated || linked.has(n.id)));
  return { nodes, links };
}
