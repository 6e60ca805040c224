import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy, groupOf } from '../internal/group-by.js';
import type { Citation, EssayData } from '../types/index.js';

const byReference = /* @__PURE__ */ groupBy((citation: Citation) => [citation.referenceId]);

/**
 * Every in-text citation of a bibliography entry of some edition data, in the order of
 * `data.citations`. An entry of `data.references` never cited gives `[]`; a reference id not in
 * `data.references` gives `undefined`.
 *
 * @param data - The edition data it reads: `citations`, and `references` for the ids it knows.
 * @param referenceId - A reference id, e.g. `khrushchev-1956`.
 * @returns The citations (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` has no `citations` or `references` array.
 *
 * @example
 * ```ts
 * import { citations, references } from 'destalinisation-essay';
 * citationsOf({ citations, references }, 'khrushchev-1956')?.length; // 14
 * ```
 */
export function citationsOf(data: Pick<EssayData, 'citations' | 'references'>, referenceId: string): readonly Citation[] | undefined {
  checkData('citationsOf(data, referenceId)', data, ['citations', 'references']);
  return groupOf(byReference(data.citations), referenceId, (id) => recordsById(data.references).has(id));
}
