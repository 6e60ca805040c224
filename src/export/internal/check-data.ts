import { describeValue } from '../../internal/describe-value.js';

/**
 * Checks that `data` is an object holding an array under each of `names` (the collections a
 * data-first export reads), and throws a `TypeError` naming the caller and the first one missing.
 */
export function checkData(caller: string, data: unknown, names: readonly string[]): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new TypeError(`${caller}: expected data to be an object with ${names.join(', ')}, got ${describeValue(data)}`);
  }
  for (const name of names) {
    const value: unknown = (data as Record<string, unknown>)[name];
    if (!Array.isArray(value)) throw new TypeError(`${caller}: expected data.${name} to be an array, got ${describeValue(value)}`);
  }
}
