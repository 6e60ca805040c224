import { quotes as built } from '../generated/collections/quotes.js';
import type { Quote } from '../types/index.js';

/**
 * Every passage in quotation marks, in reading order (a nested quotation follows the one that
 * encloses it): 69 in all, 37 quotations, 16 terms and 16 titles, bibliography titles included.
 * Each has its speakers, and its source and locator from the citation that supports it.
 */
export const quotes: readonly Quote[] = built;
