import { derivedOf } from '../../internal/derived-of.js';
import type { Event } from '../../types/index.js';
import { compareEvents } from './event-order.js';

/** The events in timeline order ({@link compareEvents}), frozen: once per frozen array of events. */
export const eventsInOrder: (events: readonly Event[]) => readonly Event[] = /* @__PURE__ */ derivedOf((events: readonly Event[]) =>
  Object.freeze([...events].sort(compareEvents)),
);
