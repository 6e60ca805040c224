/**
 * Groups records under keys (a record may sit under several) and answers with frozen arrays:
 * a known key with no records gives an empty array, an unknown key `undefined`. Records and keys
 * are read, and the groups built, on the first call, so importing the package does not pay for them.
 */
export function groupBy<R>(
  records: () => readonly R[],
  keysOf: (record: R) => readonly string[],
  knownKeys: () => readonly string[],
): (key: unknown) => readonly R[] | undefined {
  let groups: Map<string, R[]> | undefined;
  const build = (): Map<string, R[]> => {
    const built = new Map<string, R[]>(knownKeys().map((key) => [key, []]));
    for (const record of records()) for (const key of keysOf(record)) built.get(key)?.push(record);
    for (const group of built.values()) Object.freeze(group);
    return built;
  };
  return (key) => {
    if (typeof key !== 'string') return undefined;
    groups ??= build();
    return groups.get(key);
  };
}
