import { citations } from '../collections/citations.js';
import { notes } from '../collections/notes.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import type { BlockId } from '../generated/ids.js';
import { getBlock } from '../lookups/get-block.js';
import type { Segment, SegmentMention, Span } from '../types/index.js';

/** Outermost first: by start, then the longer first. */
const outerFirst = (a: Span, b: Span): number => a.start - b.start || b.end - a.end;

function mentionsIn(blockId: string): SegmentMention[] {
  const entities = [
    ...people.map((entity) => ['person', entity] as const),
    ...places.map((entity) => ['place', entity] as const),
    ...organisations.map((entity) => ['organisation', entity] as const),
  ];
  return entities.flatMap(([kind, entity]) =>
    entity.mentions.filter((m) => m.blockId === blockId).map((m): SegmentMention => Object.freeze({ ...m, kind, entityId: entity.id })),
  );
}

/**
 * A block's text split into segments that do not overlap and cover it from start to end, cut
 * wherever a quote, citation, mention or editorial note begins or ends. Each segment lists what
 * covers it, outermost first, so nested and crossing annotations need no further work: wrap each
 * segment in a mark per quote it lists (or style it by the innermost). The segments' texts joined
 * are the block's text; an annotation is covered exactly by the segments that list it. An unknown
 * block id gives `undefined`, like the lookups.
 *
 * @param blockId - A block id, e.g. `p10`.
 * @returns The segments in reading order (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * const html = segments('p10')!
 *   .map((s) => (s.quotes.length ? `<q data-id="${s.quotes.at(-1)!.id}">${s.text}</q>` : s.text))
 *   .join('');
 * segments('p10')!.find((s) => s.quotes.length === 2)?.quotes.map((q) => q.id); // ['p10-q1', 'p10-q2']
 * ```
 */
export function segments(blockId: BlockId): readonly Segment[];
export function segments(blockId: string): readonly Segment[] | undefined;
export function segments(blockId: string): readonly Segment[] | undefined {
  const block = getBlock(blockId);
  if (!block) return undefined;
  const inBlock = <T extends Span>(list: readonly T[]): T[] => list.filter((span) => span.blockId === block.id).sort(outerFirst);
  const layers = { quotes: inBlock(quotes), citations: inBlock(citations), mentions: mentionsIn(block.id).sort(outerFirst), notes: inBlock(notes) };
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
