/**
 * Makes an id lookup over records. A `Map` (not an object) is used so that inherited names such
 * as `__proto__` or `constructor` are never found; anything that is not a string finds nothing.
 */
export function lookupIn<R extends { readonly id: string }>(
  records: readonly R[],
): (id: unknown) => R | undefined {
  const byId = new Map<string, R>(records.map((record) => [record.id, record]));
  return (id) => (typeof id === 'string' ? byId.get(id) : undefined);
}
