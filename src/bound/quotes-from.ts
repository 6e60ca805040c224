import { quotes } from '../collections/quotes.js';
import { references } from '../collections/references.js';
import { quotesFrom as quotedFrom } from '../apparatus/quotes-from.js';
import type { ReferenceId } from '../generated/ids.js';
import type { Quote } from '../types/index.js';

/**
 * Every quote taken from (or, for a title, naming) a bibliography entry, in reading order. An
 * unknown reference id gives `undefined`.
 *
 * @param referenceId - A reference id, e.g. `khrushchev-1956`.
 * @returns The quotes (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * quotesFrom('mao-1962')?.[0]?.speakerIds; // ['mao-zedong']
 * ```
 */
export function quotesFrom(referenceId: ReferenceId): readonly Quote[];
export function quotesFrom(referenceId: string): readonly Quote[] | undefined;
export function quotesFrom(referenceId: string): readonly Quote[] | undefined {
  return quotedFrom({ quotes, references }, referenceId);
}
