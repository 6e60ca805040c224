import rawEvents from '../../data/events.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Event } from '../types/entities.js';
import { blockTexts } from './block-texts.js';
import { anchorSpan } from './anchor.js';
import type { CompactAnchor, RawEvent } from './raw.js';

/** The build may store a summary that is a sentence of the essay as offsets into its block. */
type StoredEvent = Omit<RawEvent, 'summary'> & { readonly summary: string | CompactAnchor };

function loadEvents(raw: readonly StoredEvent[], texts: ReadonlyMap<string, string>): Event[] {
  return raw.map((event) => ({
    ...(event as unknown as Event),
    summary: typeof event.summary === 'string' ? event.summary : anchorSpan(event.summary, texts).text,
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
