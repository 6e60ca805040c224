import rawReferences from '../../data/references.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Reference } from '../types/apparatus.js';
import { loadReferences } from './load-references.js';
import type { RawReference } from './raw.js';

/**
 * The bibliography: 14 entries in printed order, each with its printed text and its parsed
 * fields ("———" resolved to the previous entry's author; irregular forms corrected in `family`
 * and `given`, with notes).
 */
export const references: readonly Reference[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadReferences(rawReferences as readonly RawReference[]),
);
