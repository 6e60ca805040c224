import { isFrozenInput } from './frozen-list.js';
import { mapById } from './map-by-id.js';

/**
 * Makes a function of some edition data that computes its result once per frozen input (a list
 * frozen with each of its records) and afresh for any other. The package's own collections are
 * deeply frozen, so their indexes (an id map, a grouping, a folded text) are built once; data a
 * caller passes unfrozen may still change, so nothing derived from it is kept.
 */
export function derivedOf<T extends object, V>(compute: (input: T) => V): (input: T) => V {
  const cache = new WeakMap<T, V>();
  return (input) => {
    if (!isFrozenInput(input)) return compute(input);
    if (cache.has(input)) return cache.get(input) as V;
    const value = compute(input);
    cache.set(input, value);
    return value;
  };
}

/** The records of a collection by id, built once per frozen collection. */
export const recordsById: <R extends { readonly id: string }>(records: readonly R[]) => ReadonlyMap<string, R> = /* @__PURE__ */ derivedOf(mapById) as never;
