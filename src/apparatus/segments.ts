import { checkData } from '../internal/check-data.js';
import { derivedOf, recordsById } from '../internal/derived-of.js';
import { isFrozenList } from '../internal/frozen-list.js';
import type { EssayData, Segment, SegmentMention, SegmentOptions, Span } from '../types/index.js';
import { chosenLayers } from './internal/segment-layers.js';

/** The edition data `segments` reads. */
type SegmentData = Pick<EssayData, 'blocks' | 'quotes' | 'citations' | 'notes' | 'people' | 'places' | 'organisations'>;

/** Outermost first: by start, then the longer first. */
const outerFirst = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

/** Spans grouped by block, each group outermost first: once per frozen list of frozen spans. */
const spansByBlock = /* @__PURE__ */ derivedOf(<T extends Span>(list: readonly T[]): ReadonlyMap<string, readonly T[]> => {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < list.length; i++) {
    const span = list[i]!;
    const group = groups.get(span.blockId);
    if (group) group.push(span);
    else groups.set(span.blockId, [span]);
  }
  for (const group of groups.values()) group.sort(outerFirst);
  return groups;
}) as <T extends Span>(list: readonly T[]) => ReadonlyMap<string, readonly T[]>;

/** The mentions of a kind of entity, grouped by block (in the entities' order): once per frozen list. */
const mentionsByBlock = /* @__PURE__ */ derivedOf(
  (input: { readonly kind: SegmentMention['kind']; readonly entities: EssayData['people' | 'places' | 'organisations'] }) => {
    const groups = new Map<string, SegmentMention[]>();
    for (let i = 0; i < input.entities.length; i++) {
      const entity = input.entities[i]!;
      for (let k = 0; k < entity.mentions.length; k++) {
        const m = entity.mentions[k]!;
        const mention: SegmentMention = Object.freeze({ ...m, kind: input.kind, entityId: entity.id });
        const group = groups.get(m.blockId);
        if (group) group.push(mention);
        else groups.set(m.blockId, [mention]);
      }
    }
    return groups as ReadonlyMap<string, readonly SegmentMention[]>;
  },
);

/** Each kind of entity's list, kept as one frozen key per list so its grouping is built once. */
const entityKeys = new WeakMap<object, { readonly kind: SegmentMention['kind']; readonly entities: EssayData['people' | 'places' | 'organisations'] }>();

function keyOf(kind: SegmentMention['kind'], entities: EssayData['people' | 'places' | 'organisations']) {
  if (!isFrozenList<{ readonly mentions: readonly object[] }>(entities, (entity) => entity.mentions)) return { kind, entities };
  let key = entityKeys.get(entities);
  if (key === undefined || key.kind !== kind) {
    key = Object.freeze({ kind, entities });
    entityKeys.set(entities, key);
  }
  return key;
}

/** The mentions in a block: people, then places, then organisations, each in its entities' order. */
function mentionsIn(data: SegmentData, blockId: string): SegmentMention[] {
  return [
    ...(mentionsByBlock(keyOf('person', data.people)).get(blockId) ?? []),
    ...(mentionsByBlock(keyOf('place', data.places)).get(blockId) ?? []),
    ...(mentionsByBlock(keyOf('organisation', data.organisations)).get(blockId) ?? []),
  ];
}

/**
 * A block of some edition data split into segments that do not overlap and cover it from start to
 * end, cut wherever one of the data's quotes, citations, mentions or editorial notes begins or
 * ends (or only those of the layers `include` names). Each segment lists what covers it, outermost
 * first. The segments' texts joined are the block's text. A block id not in `data.blocks` gives
 * `undefined`. The root's `segments(blockId, options)` is this function given the package's data.
 *
 * @param data - The edition data it reads: `blocks`, and the annotations: `quotes`, `citations`, `notes`, and the `mentions` of `people`, `places` and `organisations`.
 * @param blockId - A block id, e.g. `p10`.
 * @param options - `include`: the layers that cut the text (default all four); a layer left out has empty lists.
 * @returns The segments in reading order (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` lacks one of the arrays it reads, or the options are not a plain object with `include` an array.
 * @throws {RangeError} when `include` is empty, names an unknown layer or one twice.
 *
 * @example
 * ```ts
 * const data = {
 *   blocks: [{ id: 'p1', kind: 'paragraph', text: 'Lenin wrote.', sectionId: 'introduction', n: 1 }],
 *   people: [{ id: 'lenin', name: 'Vladimir Lenin', nameNote: null, variants: [], description: '', mentions: [{ blockId: 'p1', start: 0, end: 5, text: 'Lenin' }] }],
 *   quotes: [], citations: [], notes: [], places: [], organisations: [],
 * } as const;
 * segments(data, 'p1')?.map((s) => [s.text, s.mentions.length]); // [['Lenin', 1], [' wrote.', 0]]
 * segments(data, 'p1', { include: ['quotes'] })?.map((s) => s.text); // ['Lenin wrote.']
 * ```
 */
export function segments(
  data: Pick<EssayData, 'blocks' | 'quotes' | 'citations' | 'notes' | 'people' | 'places' | 'organisations'>,
  blockId: string,
  options?: SegmentOptions,
): readonly Segment[] | undefined {
  checkData('segments(data, blockId)', data, ['blocks', 'quotes', 'citations', 'notes', 'people', 'places', 'organisations']);
  const include = chosenLayers('segments(blockId, options)', options);
  const block = recordsById(data.blocks).get(blockId);
  if (!block) return undefined;
  const inBlock = <T extends Span>(list: readonly T[]): readonly T[] => spansByBlock(list).get(block.id) ?? [];
  const layers = {
    quotes: include.includes('quotes') ? inBlock(data.quotes) : [],
    citations: include.includes('citations') ? inBlock(data.citations) : [],
    mentions: include.includes('mentions') ? mentionsIn(data, block.id).sort(outerFirst) : [],
    notes: include.includes('notes') ? inBlock(data.notes) : [],
  };
  const cuts = new Set<number>([0, block.text.length]);
  for (const list of Object.values(layers)) for (const span of list) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);
  const covering = <T extends Span>(list: readonly T[], start: number, end: number): readonly T[] =>
    Object.freeze(list.filter((span) => span.start <= start && end <= span.end));
  const result = points.slice(1).map((end, i) => {
    const start = points[i]!;
    return Object.freeze({
      start,
      end,
      text: block.text.slice(start, end),
      quotes: covering(layers.quotes, start, end),
      citations: covering(layers.citations, start, end),
      mentions: covering(layers.mentions, start, end),
      notes: covering(layers.notes, start, end),
    });
  });
  return Object.freeze(result);
}
