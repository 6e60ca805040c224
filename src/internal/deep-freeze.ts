/**
 * Freezes a value and everything reachable from it, children first. Returns the same value.
 * Arrays are walked by index: going through `Object.keys` turns every index into a string key,
 * which made freezing the data at import about four times slower (see docs/performance.md).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  } else {
    const children = Object.values(value);
    for (let i = 0; i < children.length; i++) deepFreeze(children[i]);
  }
  return Object.freeze(value);
}
