/**
 * Freezes a value and everything reachable from it, children first. Returns the same value.
 * It runs on every record when the package is imported, so it is written for speed: arrays are
 * walked by index (`Object.keys` would turn every index into a string key), objects with `for…in`
 * (no array of values allocated per object), and only objects are visited. A frozen value is taken
 * as frozen throughout.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  freezeTree(value);
  return value;
}

function freezeTree(value: object): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) freezeTree(child);
    }
  } else {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) freezeTree(child);
    }
  }
  Object.freeze(value);
}
