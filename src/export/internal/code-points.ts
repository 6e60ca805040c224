/**
 * For every UTF-16 offset into `text` (0 … length), how many Unicode code points come before it:
 * a surrogate pair counts once. Web Annotation positions are counted in code points.
 */
export function codePointsBefore(text: string): Uint32Array {
  const counts = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
    const secondOfPair = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
    counts[i + 1] = counts[i]! + (secondOfPair ? 0 : 1);
  }
  return counts;
}
