import rawBlocks from '../../data/blocks.json';

function textsById(blocks: readonly { readonly id: string; readonly text: string }[]): ReadonlyMap<string, string> {
  return new Map(blocks.map((block) => [block.id, block.text]));
}

/** The text of every block by id, for resolving anchors. */
export const blockTexts: ReadonlyMap<string, string> = /* @__PURE__ */ textsById(rawBlocks);
