import rawEvents from '../../data/events.json';
import { deepFreeze } from '../internal/deep-freeze.js';
import type { Event } from '../types/entities.js';
import type { RawEvent } from './raw.js';

/**
 * Every dated or datable happening the essay narrates, and the dates of the documents it cites,
 * in reading order: EDTF `date`, the essay's own `dateText`, and `dateBasis` (`stated`,
 * `inferred` or `editorial`, with `dateNote` saying how). {@link timeline} gives them in date order.
 */
export const events: readonly Event[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ (rawEvents as unknown as readonly RawEvent[] as readonly Event[]).map((event) => ({ ...event })),
);
