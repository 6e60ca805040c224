import type { EssayData } from '../types/index.js';
import { describeValue } from './describe-value.js';

/**
 * Checks that a helper was given edition data with the collections it reads: an object whose
 * named members are arrays (`essay`, the one record, an object). Throws a `TypeError` that names
 * the call and what it needs; the records themselves are the caller's to check (`EssayDataSchema`).
 *
 * @param caller - How the message names the call, e.g. `toGraph(data, options)`.
 * @param data - What the caller passed.
 * @param reads - The members of `EssayData` the helper reads.
 */
export function checkData(caller: string, data: unknown, reads: readonly (keyof EssayData)[]): void {
  const expected = () => `expected data to be edition data${reads.length ? ` with ${reads.join(', ')}` : ''} (as essay.json holds)`;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new TypeError(`${caller}: ${expected()}, got ${describeValue(data)}`);
  for (const name of reads) {
    const value: unknown = (data as Record<string, unknown>)[name];
    const fits = name === 'essay' ? typeof value === 'object' && value !== null && !Array.isArray(value) : Array.isArray(value);
    if (!fits) throw new TypeError(`${caller}: ${expected()}; ${name} is ${describeValue(value)}`);
  }
}
