/**
 * Groups records under keys (a record may sit under several) and answers with frozen arrays:
 * a known key with no records gives an empty array, an unknown key `undefined`.
 */
export function groupBy<R>(
  records: readonly R[],
  keysOf: (record: R) => readonly string[],
  knownKeys: readonly string[],
): (key: unknown) => readonly R[] | undefined {
  const groups = new Map<string, R[]>(knownKeys.map((key) => [key, []]));
  for (const record of records) for (const key of keysOf(record)) groups.get(key)?.push(record);
  for (const group of groups.values()) Object.freeze(group);
  return (key) => (typeof key === 'string' ? groups.get(key) : undefined);
}
