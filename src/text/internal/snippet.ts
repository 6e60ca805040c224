const radius = 40;

/**
 * Whether a code unit is white space as a regular expression's `\s` reads it (ASCII spaces and
 * line breaks, no-break and the other Unicode spaces, line and paragraph separators, the BOM).
 */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The words from `start` to `end` with about forty characters of context either side, cut at a
 * word boundary and marked with `…` where the text goes on. The same as cutting the context before
 * with `/^\S*\s+/` and the context after with `/\s+\S*$/`, read a code unit at a time (it runs for
 * every hit, and a search for one letter has thousands).
 */
export function snippetAround(text: string, start: number, end: number): string {
  let from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  let prefix = '';
  let suffix = '';
  if (start > radius) {
    // Drop the partial word that the cut begins in, and the spaces after it, if a space follows.
    let at = from;
    while (at < start && !isSpace(text.charCodeAt(at))) at++;
    if (at < start) {
      while (at < start && isSpace(text.charCodeAt(at))) at++;
      from = at;
    }
    prefix = '…';
  }
  let until = to;
  if (end + radius < text.length) {
    // Drop the partial word that the cut ends in, and the spaces before it, if a space precedes.
    let at = to;
    while (at > end && !isSpace(text.charCodeAt(at - 1))) at--;
    if (at > end) {
      while (at > end && isSpace(text.charCodeAt(at - 1))) at--;
      until = at;
    }
    suffix = '…';
  }
  return prefix + text.slice(from, until) + suffix;
}
