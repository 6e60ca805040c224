import { checkData } from '../internal/check-data.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { recordsById } from '../internal/derived-of.js';
import type { Claim, EssayData, Event } from '../types/index.js';
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

/** A node before its degree is known: an event's carries its case study and a copy of its days. */
type PendingNode = Omit<GraphNode, 'degree'>;

const node = (kind: GraphNodeKind, recordId: string, label: string, event?: Event): PendingNode => ({
  id: `${kind}:${recordId}`,
  kind,
  recordId,
  label,
  caseStudyId: event ? event.caseStudyId : null,
  days: event ? { ...event.days } : null,
});

/** An entity's mention, with its place in the order people, places, organisations, each entity's mentions in turn. */
interface PlacedMention {
  readonly order: number;
  readonly kind: GraphNodeKind;
  readonly entityId: string;
  readonly mention: Mention;
}

/** Every mention of the entities, grouped by block, numbered in the order the entities list them. */
function mentionsByBlock(
  lists: readonly (readonly [GraphNodeKind, readonly { readonly id: string; readonly mentions: readonly Mention[] }[]])[],
): ReadonlyMap<string, readonly PlacedMention[]> {
  const byBlock = new Map<string, PlacedMention[]>();
  let order = 0;
  for (const [kind, entities] of lists) {
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i]!;
      for (let k = 0; k < entity.mentions.length; k++) {
        const mention = entity.mentions[k]!;
        const placed = { order: order++, kind, entityId: entity.id, mention };
        const group = byBlock.get(mention.blockId);
        if (group) group.push(placed);
        else byBlock.set(mention.blockId, [placed]);
      }
    }
  }
  return byBlock;
}

/**
 * The mentions that lie within one of a claim's spans, each once, in the entities' order: only the
 * mentions in the blocks of its spans are looked at, so the cost follows the claim, not every
 * mention of the edition.
 */
function mentionsWithin(byBlock: ReadonlyMap<string, readonly PlacedMention[]>, claim: Claim): PlacedMention[] {
  const found = new Map<number, PlacedMention>();
  for (const span of claim.spans) {
    for (const placed of byBlock.get(span.blockId) ?? []) {
      if (span.start <= placed.mention.start && placed.mention.end <= span.end) found.set(placed.order, placed);
    }
  }
  return [...found.values()].sort((a, b) => a.order - b.order);
}

/**
 * Some edition data as a network: nodes for every person, place, organisation, event, claim and
 * reference of `data`; typed, weighted links between them (see {@link GraphLinkKind}). Node ids
 * are `<kind>:<id>`; link ids `<link kind>:<source>-><target>`. A node is labelled with a name, an
 * event's `shortTitle`, a claim's `label` or a reference's `label`, and carries its `degree` (the
 * links of the returned graph at it) and, for an event, its `caseStudyId` and a copy of its `days`. `kinds` keeps only those kinds of
 * node (and the links between them); `dropIsolated` drops the nodes left without a link. A claim's
 * evidence is followed through `data.citations` and `data.quotes` to the references they cite. A
 * fresh object on every call. The root's `toGraph(options)` is this function given the package's data.
 *
 * @param data - The edition data it reads: `people`, `places`, `organisations`, `events`, `claims`, `references`, `quotes` and `citations`.
 * @param options - `kinds`: the node kinds to include (default all); `dropIsolated`: drop nodes without links (default `false`).
 * @returns A fresh `{ nodes, links }` object.
 *
 * @throws {TypeError} when `data` lacks one of the arrays it reads, or options is not a plain object, has an unknown or inherited key, `kinds` is not an array or `dropIsolated` not a boolean.
 * @throws {RangeError} when `kinds` names an unknown node kind.
 *
 * @example
 * ```ts
 * import { citations, claims, events, organisations, people, places, quotes, references } from 'destalinisation-essay';
 * const data = { people, places, organisations, events, claims, references, quotes, citations };
 * // the graph of a copy in which Gomułka is known by his printed name
 * const printed = { ...data, people: people.map((p) => (p.id === 'gomulka' ? { ...p, name: 'Gomulka' } : p)) };
 * toGraph(printed, { kinds: ['person'] }).nodes.find((n) => n.id === 'person:gomulka')?.label; // 'Gomulka'
 * ```
 */
export function toGraph(
  data: Pick<EssayData, 'people' | 'places' | 'organisations' | 'events' | 'claims' | 'references' | 'quotes' | 'citations'>,
  options: GraphOptions = {},
): Graph {
  checkData('toGraph(data, options)', data, ['people', 'places', 'organisations', 'events', 'claims', 'references', 'quotes', 'citations']);
  const { people, places, organisations, events, claims, references, quotes } = data;
  const citationsById = recordsById(data.citations);
  const quotesById = recordsById(quotes);
  const { kinds, dropIsolated } = readOptions(options);
  const all: PendingNode[] = [
    ...people.map((p) => node('person', p.id, p.name)),
    ...places.map((p) => node('place', p.id, p.name)),
    ...organisations.map((o) => node('organisation', o.id, o.name)),
    ...events.map((e) => node('event', e.id, e.shortTitle, e)),
    ...claims.map((c) => node('claim', c.id, c.label)),
    ...references.map((r) => node('reference', r.id, r.label)),
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
  const mentions = mentionsByBlock([
    ['person', people],
    ['place', places],
    ['organisation', organisations],
  ]);
  for (const claim of claims) {
    for (const id of claim.supports) link(`claim:${claim.id}`, `claim:${id}`, 'supports');
    for (const id of claim.evidence.eventIds) link(`event:${id}`, `claim:${claim.id}`, 'supports');
    for (const id of claim.evidence.citationIds) {
      const citation = citationsById.get(id);
      if (citation) link(`claim:${claim.id}`, `reference:${citation.referenceId}`, 'cites');
    }
    for (const id of claim.evidence.quoteIds) {
      const ref = quotesById.get(id)?.referenceId;
      if (ref) link(`claim:${claim.id}`, `reference:${ref}`, 'cites');
    }
    for (const placed of mentionsWithin(mentions, claim)) link(`claim:${claim.id}`, `${placed.kind}:${placed.entityId}`, 'mentions');
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
  const degrees = new Map<string, number>();
  for (const l of links) for (const end of [l.source, l.target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
  const nodes = all.filter((n) => kinds.has(n.kind) && (!dropIsolated || linked.has(n.id))).map((n): GraphNode => ({ ...n, degree: degrees.get(n.id) ?? 0 }));
  return { nodes, links };
}
