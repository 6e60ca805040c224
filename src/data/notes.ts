import rawNotes from '../../data/notes.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Note } from '../types/notes.js';
import { blockTexts } from './block-texts.js';
import { loadNotes } from './load-notes.js';
import type { RawNote } from './raw.js';

/**
 * The editorial layer: slips and irregularities, each anchored to its exact words, with a
 * correction where there is one. This release holds the notes of the apparatus (irregular
 * quotation marks, bibliographic irregularities); the entities layer adds the rest.
 */
export const notes: readonly Note[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadNotes(rawNotes as readonly RawNote[], blockTexts),
);
