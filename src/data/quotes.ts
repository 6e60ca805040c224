import rawQuotes from '../../data/quotes.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Quote } from '../types/apparatus.js';
import { blockTexts } from './block-texts.js';
import { citations } from './citations.js';
import { loadQuotes } from './load-quotes.js';
import type { RawQuote } from './raw.js';

/**
 * Every passage in quotation marks, in reading order (a nested quotation follows the one that
 * encloses it): 69 in all, 37 quotations, 16 terms and 16 titles, bibliography titles included.
 * Each has its speakers, and its source and locator from the citation that supports it.
 */
export const quotes: readonly Quote[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadQuotes(rawQuotes as readonly RawQuote[], blockTexts, citations),
);
