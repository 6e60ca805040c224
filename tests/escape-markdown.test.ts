import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/text/internal/escape-markdown.js';

describe('escapeMarkdown', () => {
  it('escapes inline markup everywhere and block markers at the start only', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) `f` <g>')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\<g\\>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('1956. A year')).toBe('1956\\. A year');
    expect(escapeMarkdown('in 1956. A year - # x')).toBe('in 1956. A year - # x');
  });
});
