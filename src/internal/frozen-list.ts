/**
 * Whether a result derived from an input may be kept: a list must be frozen with each of its
 * records ({@link isFrozenList}), anything else frozen itself.
 */
export function isFrozenInput(input: unknown): input is object {
  if (typeof input !== 'object' || input === null) return false;
  return Array.isArray(input) ? isFrozenList(input as readonly object[]) : Object.isFrozen(input);
}

/** The lists found frozen with every record: freezing cannot be undone, so once found, always so. */
const verified = new WeakSet<object>();

/**
 * Whether a list and each of its records are frozen (and, with `alsoFrozen`, whatever it names of
 * each record): only then may a result derived from it be kept. A list found so is remembered, so
 * the package's collections are walked once, not on every call.
 */
export function isFrozenList<R extends object>(list: readonly R[], alsoFrozen?: (record: R) => object): boolean {
  if (verified.has(list)) return true;
  if (!Object.isFrozen(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const record = list[i]!;
    if (!Object.isFrozen(record) || (alsoFrozen !== undefined && !Object.isFrozen(alsoFrozen(record)))) return false;
  }
  verified.add(list);
  return true;
}
