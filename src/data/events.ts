import rawEvents from '../../data/events.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Event } from '../types/entities.js';
import { blockTexts } from './block-texts.js';
import { anchorSpan } from './anchor.js';
import type { CompactAnchor, RawEvent } from './raw.js';

/** The build may store a summary that is a sentence of the essay, and the date's words, as offsets into a block. */
type StoredEvent = Omit<RawEvent, 'summary' | 'dateText'> & { readonly summary: string | CompactAnchor; readonly dateText: string | CompactAnchor };

function wordsOf(stored: string | CompactAnchor, texts: ReadonlyMap<string, string>): string {
  return typeof stored === 'string' ? stored : anchorSpan(stored, texts).text;
}

function loadEvents(raw: readonly StoredEvent[], texts: ReadonlyMap<string, string>): Event[] {
  return raw.map((event) => ({
    ...(event as unknown as Event),
    summary: wordsOf(event.summary, texts),
    dateText: wordsOf(event.dateText, texts),
  }));
}

/**
 * Every dated or datable happening the essay narrates, and the dates of the documents it cites,
 * in reading order (by the first block that narrates each, then where its date is given): EDTF `date`, the essay's own `dateText`, and `dateBasis` (`stated`,
 * `inferred` or `editorial`, with `dateNote` saying how). {@link timeline} gives them in date order.
 */
export const events: readonly Event[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ loadEvents(rawEvents as unknown as readonly StoredEvent[], blockTexts),
);
