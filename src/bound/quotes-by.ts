import { people } from '../collections/people.js';
import { quotes } from '../collections/quotes.js';
import { quotesBy as spokenBy } from '../apparatus/quotes-by.js';
import type { PersonId } from '../generated/ids.js';
import type { Quote } from '../types/index.js';

/**
 * Every quote a person spoke or wrote, in reading order: `quotesBy('lenin')` gives Lenin's words
 * inside Khrushchev's speech, not Khrushchev's words about Lenin. An unknown person id gives
 * `undefined`.
 *
 * @param personId - A person id, e.g. `lenin`.
 * @returns The quotes (frozen), or `undefined`.
 *
 * @example
 * ```ts
 * quotesBy('lenin')?.map((q) => q.id); // ['p10-q2']
 * ```
 */
export function quotesBy(personId: PersonId): readonly Quote[];
export function quotesBy(personId: string): readonly Quote[] | undefined;
export function quotesBy(personId: string): readonly Quote[] | undefined {
  return spokenBy({ quotes, people }, personId);
}
