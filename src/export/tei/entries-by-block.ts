import type { Reference } from '../../types/index.js';
import { derivedOf } from '../../internal/derived-of.js';

/** The bibliography entries by the id of the block that prints them, built once per frozen collection. */
export const entriesByBlock: (references: readonly Reference[]) => ReadonlyMap<string, Reference> = /* @__PURE__ */ derivedOf(
  (references: readonly Reference[]) => new Map(references.map((reference) => [reference.blockId, reference])),
);
