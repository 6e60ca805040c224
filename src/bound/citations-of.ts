import { citations } from '../collections/citations.js';
import { references } from '../collections/references.js';
import { citationsOf as citing } from '../apparatus/citations-of.js';
import type { ReferenceId } from '../generated/ids.js';
import type { Citation } from '../types/index.js';

/**
 * Every in-text citation of a bibliography entry ("ibid." resolved), in reading order. An unknown
 * reference id gives `undefined`.
 *
 * @param referenceId - A reference id, e.g. `khrushchev-1956`.
 * @returns The citations (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * citationsOf('khrushchev-1956')?.length; // 14
 * ```
 */
export function citationsOf(referenceId: ReferenceId): readonly Citation[];
export function citationsOf(referenceId: string): readonly Citation[] | undefined;
export function citationsOf(referenceId: string): readonly Citation[] | undefined {
  return citing({ citations, references }, referenceId);
}
