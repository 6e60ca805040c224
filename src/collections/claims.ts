import { claims as built } from '../generated/collections/claims.js';
import type { Claim } from '../types/index.js';

/**
 * The argument: the thesis (stated in the introduction, restated in the conclusion), the main
 * claims and the supporting claims of each section, each anchored to its exact words, with the
 * claims it supports and the quotes, citations and events offered as evidence. Ordered by role:
 * the thesis, the four main claims, then the supporting claims in reading order.
 */
export const claims: readonly Claim[] = built;
