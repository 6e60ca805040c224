import { checkOptions, type OptionRule } from '../../internal/check-options.js';
import { describeValue } from '../../internal/describe-value.js';
import type { SegmentLayer, SegmentOptions } from '../../types/segments.js';

/** Every layer, in the order a segment lists them and the default order of a segment tree. */
export const segmentLayers: readonly SegmentLayer[] = Object.freeze(['quotes', 'citations', 'mentions', 'notes']);

const expectedLayers = 'a non-empty array of "quotes", "citations", "mentions", "notes", each at most once';

function layersProblem(list: readonly unknown[]): string | undefined {
  const known = list.every((layer) => segmentLayers.includes(layer as SegmentLayer));
  return known && list.length > 0 && new Set(list).size === list.length ? undefined : `expected include to be ${expectedLayers}, got ${describeValue(list)}`;
}

const rules: Readonly<Record<keyof SegmentOptions, OptionRule>> = {
  include: { types: ['array'], expected: expectedLayers, check: layersProblem },
};

/**
 * The layers chosen by `segments`' or `segmentTree`'s options, in the order given (all four when
 * `include` is not given). Throws a `TypeError` or `RangeError` naming `caller` for bad options.
 */
export function chosenLayers(caller: string, options: unknown): readonly SegmentLayer[] {
  return checkOptions<SegmentOptions>(caller, options, rules).include ?? segmentLayers;
}
