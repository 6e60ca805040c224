import rawCitations from '../../data/citations.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Citation } from '../types/apparatus.js';
import { blockTexts } from './block-texts.js';
import { loadCitations } from './load-citations.js';
import type { RawCitation } from './raw.js';

/**
 * Every in-text citation of the body, parenthetical `(Filtzer, 1993:13-5)` and narrative
 * `Jones (2006:2)`, in reading order: 44 in all, 26 of them "ibid.", each resolved to the source
 * cited immediately before it, with abbreviated page ranges expanded.
 */
export const citations: readonly Citation[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadCitations(rawCitations as readonly RawCitation[], blockTexts),
);
