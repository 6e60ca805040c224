import { people } from '../collections/people.js';
import type { PersonId } from '../generated/ids.js';
import { lookupIn } from '../internal/lookup-in.js';
import type { Person } from '../types/index.js';

const find = /* @__PURE__ */ lookupIn(people);

/**
 * Finds a person by id; any other string returns `undefined`. Never throws.
 *
 * @param id - A person id, e.g. `khrushchev`.
 * @returns The person, or `undefined`.
 *
 * @example
 * ```ts
 * getPerson('gomulka')?.name; // 'Władysław Gomułka'
 * ```
 */
export function getPerson(id: PersonId): Person;
export function getPerson(id: string): Person | undefined;
export function getPerson(id: string): Person | undefined {
  return find(id);
}
