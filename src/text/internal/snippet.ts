const radius = 40;

/**
 * The words from `start` to `end` with about forty characters of context either side, cut at a
 * word boundary and marked with `…` where the text goes on.
 */
export function snippetAround(text: string, start: number, end: number): string {
  let before = text.slice(Math.max(0, start - radius), start);
  let after = text.slice(end, end + radius);
  if (start > radius) before = `…${before.replace(/^\S*\s+/, '')}`;
  if (end + radius < text.length) after = `${after.replace(/\s+\S*$/, '')}…`;
  return before + text.slice(start, end) + after;
}
