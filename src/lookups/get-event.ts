import { events } from '../collections/events.js';
import type { EventId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Event } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(events);

/**
 * Finds an event by id; any other string returns `undefined`. Never throws.
 *
 * @param id - An event id, e.g. `secret-speech`.
 * @returns The event, or `undefined`.
 *
 * @example
 * ```ts
 * getEvent('secret-speech').date; // '1956-02-25'
 * ```
 */
export function getEvent(id: EventId): Event;
export function getEvent(id: string): Event | undefined;
export function getEvent(id: string): Event | undefined {
  return find(id);
}
