import type { PersonId } from '../generated/ids.js';
import type { Person } from '../types/entities.js';
import type { RawPerson } from './raw.js';

/** Builds the public people. Their mentions arrive with the entities layer; until then none. */
export function loadPeople(raw: readonly RawPerson[]): Person[] {
  return raw.map((person) => ({ ...person, id: person.id as PersonId, mentions: [] }));
}
