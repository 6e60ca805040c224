import rawClaims from '../../data/claims.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Claim } from '../types/argument.js';
import { blockTexts } from './block-texts.js';
import { loadClaims } from './load-claims.js';
import type { RawClaim } from './raw.js';

/**
 * The argument: the thesis (stated in the introduction, restated in the conclusion), the main
 * claims and the supporting claims of each section, each anchored to its exact words, with the
 * claims it supports and the quotes, citations and events offered as evidence. Ordered by role:
 * the thesis, the four main claims, then the supporting claims in reading order.
 */
export const claims: readonly Claim[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadClaims(rawClaims as unknown as readonly RawClaim[], blockTexts),
);
