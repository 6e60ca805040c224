/**
 * The shortest prefix and suffix (grown a few code units at a time, never splitting a surrogate
 * pair) around `text.slice(start, end)` that make prefix + exact + suffix occur once in `text`.
 */
export function uniqueContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  const exact = text.slice(start, end);
  const occursOnce = (needle: string) => text.indexOf(needle, text.indexOf(needle) + 1) === -1;
  for (let size = 0; ; size = size < 8 ? size + 4 : size * 2) {
    let from = Math.max(0, start - size);
    let to = Math.min(text.length, end + size);
    if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
    if (/[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to++;
    const prefix = text.slice(from, start);
    const suffix = text.slice(end, to);
    if (occursOnce(prefix + exact + suffix) || (from === 0 && to === text.length)) return { prefix, suffix };
  }
}
