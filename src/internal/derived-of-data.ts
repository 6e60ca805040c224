import { isFrozenInput } from './frozen-list.js';

/** A level of {@link derivedOfData}'s cache: the next level, or the value, by the next collection. */
type Level = WeakMap<object, unknown>;

/**
 * Makes a function of some edition data that computes its result once per set of frozen
 * collections, and afresh whenever one of the collections it reads, or one of its records, is not
 * frozen. The key is the collections themselves (in the order of `names`), not the object holding
 * them, so the root's wrappers, which pass a new object of the package's frozen collections on
 * every call, share one result. Use it only for a result that cannot change once returned: a string, or a deeply frozen
 * value.
 */
export function derivedOfData<D extends object, V>(names: readonly (keyof D & string)[], compute: (data: D) => V): (data: D) => V {
  const root: Level = new WeakMap();
  return (data) => {
    let level = root;
    for (let i = 0; i < names.length; i++) {
      const collection = data[names[i]!] as unknown;
      if (!isFrozenInput(collection)) return compute(data);
      if (i === names.length - 1) {
        if (level.has(collection)) return level.get(collection) as V;
        const value = compute(data);
        level.set(collection, value);
        return value;
      }
      let next = level.get(collection) as Level | undefined;
      if (next === undefined) {
        next = new WeakMap();
        level.set(collection, next);
      }
      level = next;
    }
    return compute(data);
  };
}
