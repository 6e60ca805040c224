import { describe, expect, it } from 'vitest';
import { quoteContext } from '../src/export/internal/quote-context.js';

describe('the context of a TextQuoteSelector', () => {
  it('is 32 code units either side where that is unique', () => {
    const text = `${'a'.repeat(40)}[exact]${'b'.repeat(40)}`;
    expect(quoteContext(text, 40, 47)).toEqual({ prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
  });

  it('doubles until the words occur once with it', () => {
    // "xy" occurs twice; 32 units of context are the same around both, 64 are not.
    const filler = 'c'.repeat(40);
    const text = `A${filler}xy${filler}|${filler}xy${filler}B`;
    const start = text.indexOf('xy');
    const { prefix, suffix } = quoteContext(text, start, start + 2);
    expect(prefix.length + suffix.length).toBeGreaterThan(64);
    const needle = prefix + 'xy' + suffix;
    expect(text.indexOf(needle)).toBe(text.lastIndexOf(needle));
  });

  it('stops at 8 × 32 units in a text that repeats itself, where the position selector tells occurrences apart', () => {
    const text = 'the same words again and again. '.repeat(2000);
    const { prefix, suffix } = quoteContext(text, 32_000, 32_010);
    expect(prefix.length).toBe(256);
    expect(suffix.length).toBe(256);
  });
});
