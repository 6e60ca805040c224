/**
 * Makes an id lookup over records. A `Map` (not an object) is used so that inherited names such
 * as `__proto__` or `constructor` are never found; anything that is not a string finds nothing.
 * The map is built on the first call, so importing the package does not pay for lookups it never
 * makes.
 */
export function lookupIn<R extends { readonly id: string }>(
  records: readonly R[],
): (id: unknown) => R | undefined {
  let byId: Map<string, R> | undefined;
  return (id) => {
    if (typeof id !== 'string') return undefined;
    byId ??= new Map<string, R>(records.map((record) => [record.id, record]));
    return byId.get(id);
  };
}
