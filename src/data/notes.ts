import rawNotes from '../../data/notes.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Note } from '../types/notes.js';
import { blockTexts } from './block-texts.js';
import { loadNotes } from './load-notes.js';
import type { RawNote } from './raw.js';

/**
 * The editorial layer: 69 notes on misspellings, name forms, factual slips, irregular quotation
 * marks and bibliographic irregularities, each anchored to its exact words, with a correction where
 * there is one. The text itself never changes.
 */
export const notes: readonly Note[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadNotes(rawNotes as readonly RawNote[], blockTexts),
);
