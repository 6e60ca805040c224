import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy, groupOf } from '../internal/group-by.js';
import type { EssayData, Quote } from '../types/index.js';

const byReference = /* @__PURE__ */ groupBy((quote: Quote) => (quote.referenceId === null ? [] : [quote.referenceId]));

/**
 * Every quote of some edition data taken from (or, for a title, naming) a bibliography entry, in
 * the order of `data.quotes`. An entry of `data.references` with no quotes gives `[]`; a reference
 * id not in `data.references` gives `undefined`.
 *
 * @param data - The edition data it reads: `quotes`, and `references` for the ids it knows.
 * @param referenceId - A reference id, e.g. `khrushchev-1956`.
 * @returns The quotes (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` has no `quotes` or `references` array.
 *
 * @example
 * ```ts
 * import { quotes, references } from 'destalinisation-essay';
 * quotesFrom({ quotes, references }, 'mao-1962')?.[0]?.speakerIds; // ['mao-zedong']
 * ```
 */
export function quotesFrom(data: Pick<EssayData, 'quotes' | 'references'>, referenceId: string): readonly Quote[] | undefined {
  checkData('quotesFrom(data, referenceId)', data, ['quotes', 'references']);
  return groupOf(byReference(data.quotes), referenceId, (id) => recordsById(data.references).has(id));
}
