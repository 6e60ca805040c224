/**
 * The records of a collection by id, for a generated lookup: built when the module loads and asked
 * directly (`byId.get(id)`). A `Map` finds only its own keys, never an inherited name such as
 * `__proto__` or `constructor`, and any value that is not one of its string keys (a number, an
 * object) finds nothing, so the lookup needs no check of its own. A closure or a "built yet?" check
 * around the map, or a scan of the records (`find` on a frozen array is many times slower on
 * Node 20), cost speed. A function of its own, so that a bundler drops the map of a lookup that is
 * not imported (the call is marked pure; its argument is a plain name).
 */
export function mapById<R extends { readonly id: string }>(records: readonly R[]): ReadonlyMap<unknown, R> {
  const byId = new Map<unknown, R>();
  for (let i = 0; i < records.length; i++) byId.set(records[i]!.id, records[i]!);
  return byId;
}
