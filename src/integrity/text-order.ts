interface Placed {
  readonly blockId: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Compares two spans by where they lie in the text: their blocks' reading order, then `start`,
 * then `end`. Gives `undefined` when a block is not in `blocks` (rule `reference` reports that).
 */
export function textOrder(blocks: readonly { readonly id: string }[]): (a: Placed, b: Placed) => number | undefined {
  const position = new Map(blocks.map((block, index) => [block.id, index]));
  return (a, b) => {
    const x = position.get(a.blockId);
    const y = position.get(b.blockId);
    return x === undefined || y === undefined ? undefined : x - y || a.start - b.start || a.end - b.end;
  };
}

/** A span for a message: `p24 451–468`. */
export function placeOf(span: Placed): string {
  return `${span.blockId} ${span.start}–${span.end}`;
}
