import { citations } from '../collections/citations.js';
import type { CitationId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Citation } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(citations);

/**
 * Finds an in-text citation by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A citation id, e.g. `p5-c2`.
 * @returns The citation, or `undefined`.
 *
 * @example
 * ```ts
 * getCitation('p7-c2').referenceId; // 'khrushchev-1956': the ibid. resolved
 * ```
 */
export function getCitation(id: CitationId): Citation;
export function getCitation(id: string): Citation | undefined;
export function getCitation(id: string): Citation | undefined {
  return find(id);
}
