import type { OrganisationId, PersonId, PlaceId } from '../generated/ids.js';
import type { Mention, Organisation, Person, Place } from '../types/entities.js';
import { anchorSpan } from './anchor.js';
import type { CompactAnchor, RawMention, RawOrganisation, RawPerson, RawPlace } from './raw.js';

/** Every mention, anchored, grouped by the entity it names (reading order kept). */
export function loadMentions(raw: readonly (RawMention | ({ readonly entityId: string } & CompactAnchor))[], texts: ReadonlyMap<string, string>): ReadonlyMap<string, Mention[]> {
  const byEntity = new Map<string, Mention[]>();
  for (const mention of raw) {
    const { entityId, ...anchor } = mention;
    const list = byEntity.get(entityId) ?? [];
    list.push(anchorSpan(anchor, texts));
    byEntity.set(entityId, list);
  }
  return byEntity;
}

/** Gives each named record its mentions (the same for people and organisations). */
function withMentions<R extends { readonly id: string }, Id extends string>(
  raw: readonly R[],
  mentions: ReadonlyMap<string, Mention[]>,
): (R & { readonly id: Id; readonly mentions: Mention[] })[] {
  return raw.map((record) => ({ ...record, id: record.id as Id, mentions: mentions.get(record.id) ?? [] }));
}

/** Builds the public people with their mentions. */
export function loadPeople(raw: readonly RawPerson[], mentions: ReadonlyMap<string, Mention[]>): Person[] {
  return withMentions<RawPerson, PersonId>(raw, mentions);
}

/** Builds the public places with their mentions. */
export function loadPlaces(raw: readonly RawPlace[], mentions: ReadonlyMap<string, Mention[]>): Place[] {
  return withMentions<RawPlace, PlaceId>(raw, mentions);
}

/** Builds the public organisations with their mentions. */
export function loadOrganisations(raw: readonly RawOrganisation[], mentions: ReadonlyMap<string, Mention[]>): Organisation[] {
  return withMentions<RawOrganisation, OrganisationId>(raw, mentions);
}
