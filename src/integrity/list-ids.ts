/** Ids for a message: `a, b, c`, `none`, or the first five and how many in all, so that a message stays short. */
export function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  return ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} … (${ids.length} in all)`;
}
