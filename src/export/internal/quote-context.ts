/**
 * The prefix and suffix of a `TextQuoteSelector` around `text.slice(start, end)`: `size` code units
 * on each side (fewer at the ends of the text, never splitting a surrogate pair), doubled until
 * prefix + exact + suffix occurs once in `text`, but never past `8 × size`: in a text that repeats
 * itself no context is unique, and the annotation's `TextPositionSelector` tells the occurrences
 * apart (without the cap, a text repeated word for word grew every context to the whole text).
 */
export function quoteContext(text: string, start: number, end: number, size = 32): { prefix: string; suffix: string } {
  const exact = text.slice(start, end);
  const occursOnce = (needle: string) => text.indexOf(needle, text.indexOf(needle) + 1) === -1;
  for (let width = size; ; width *= 2) {
    const last = width >= 8 * size;
    let from = Math.max(0, start - width);
    let to = Math.min(text.length, end + width);
    if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
    if (/[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to++;
    const prefix = text.slice(from, start);
    const suffix = text.slice(end, to);
    if (last || occursOnce(prefix + exact + suffix) || (from === 0 && to === text.length)) return { prefix, suffix };
  }
}
