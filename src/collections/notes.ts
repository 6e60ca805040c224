import { notes as built } from '../generated/collections/notes.js';
import type { Note } from '../types/index.js';

/**
 * The editorial layer: 69 notes on misspellings, name forms, factual slips, irregular quotation
 * marks and bibliographic irregularities, each anchored to its exact words, with a correction where
 * there is one. The text itself never changes.
 */
export const notes: readonly Note[] = built;
