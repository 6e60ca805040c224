import { derivedOf } from './derived-of.js';

/**
 * Makes a grouping of records under keys (a record may sit under several), each group a frozen
 * array in the records' order. The grouping is built once per frozen array of records and afresh
 * for an unfrozen one (see {@link derivedOf}), so an edition's groupings cost nothing until asked for.
 */
export function groupBy<R>(keysOf: (record: R) => readonly string[]): (records: readonly R[]) => ReadonlyMap<string, readonly R[]> {
  return derivedOf((records: readonly R[]) => {
    const groups = new Map<string, R[]>();
    for (const record of records) {
      for (const key of keysOf(record)) {
        const group = groups.get(key);
        if (group) group.push(record);
        else groups.set(key, [record]);
      }
    }
    for (const group of groups.values()) Object.freeze(group);
    return groups;
  });
}

const none: readonly never[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The group under a key: a known key with no records gives a frozen empty array, an unknown key
 * (or anything that is not a string) `undefined`. Which keys are known is the caller's to say,
 * from the edition data (the ids of its blocks, say), not from the records grouped.
 */
export function groupOf<R>(groups: ReadonlyMap<string, readonly R[]>, key: unknown, isKnown: (key: string) => boolean): readonly R[] | undefined {
  if (typeof key !== 'string' || !isKnown(key)) return undefined;
  return groups.get(key) ?? none;
}
