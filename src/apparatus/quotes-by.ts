import { checkData } from '../internal/check-data.js';
import { recordsById } from '../internal/derived-of.js';
import { groupBy, groupOf } from '../internal/group-by.js';
import type { EssayData, Quote } from '../types/index.js';

const bySpeaker = /* @__PURE__ */ groupBy((quote: Quote) => quote.speakerIds);

/**
 * Every quote of some edition data that a person spoke or wrote (one of its `speakerIds`), in the
 * order of `data.quotes`. A person of `data.people` with no quotes gives `[]`; a person id not in
 * `data.people` gives `undefined`.
 *
 * @param data - The edition data it reads: `quotes`, and `people` for the ids it knows.
 * @param personId - A person id, e.g. `lenin`.
 * @returns The quotes (frozen), or `undefined`.
 *
 * @throws {TypeError} when `data` has no `quotes` or `people` array.
 *
 * @example
 * ```ts
 * import { people, quotes } from 'destalinisation-essay';
 * quotesBy({ people, quotes }, 'lenin')?.map((q) => q.id); // ['p10-q2']
 * ```
 */
export function quotesBy(data: Pick<EssayData, 'quotes' | 'people'>, personId: string): readonly Quote[] | undefined {
  checkData('quotesBy(data, personId)', data, ['quotes', 'people']);
  return groupOf(bySpeaker(data.quotes), personId, (id) => recordsById(data.people).has(id));
}
