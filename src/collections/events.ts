import { events as built } from '../generated/collections/events.js';
import type { Event } from '../types/index.js';

/**
 * Every dated or datable happening the essay narrates, and the dates of the documents it cites,
 * in reading order (by the first block that narrates each, then where its date is given): EDTF `date`, the essay's own `dateText`, and `dateBasis` (`stated`,
 * `inferred` or `editorial`, with `dateNote` saying how). {@link timeline} gives them in date order.
 */
export const events: readonly Event[] = built;
