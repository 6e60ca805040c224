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

/** Builds the public people with their mentions. */
export function loadPeople(raw: readonly RawPerson[], mentions: ReadonlyMap<string, Mention[]>): Person[] {
  return raw.map(({ id, name, nameNote, variants, description }) => ({
    id: id as PersonId,
    name,
    nameNote,
    variants,
    description,
    mentions: mentions.get(id) ?? [],
  }));
}

/** Builds the public places with their mentions. */
export function loadPlaces(raw: readonly RawPlace[], mentions: ReadonlyMap<string, Mention[]>): Place[] {
  return raw.map(({ id, name, nameNote, variants, description, coordinates, coordinatesNote }) => ({
    id: id as PlaceId,
    name,
    nameNote,
    variants,
    description,
    mentions: mentions.get(id) ?? [],
    coordinates,
    coordinatesNote,
  }));
}

/** Builds the public organisations with their mentions. */
export function loadOrganisations(raw: readonly RawOrganisation[], mentions: ReadonlyMap<string, Mention[]>): Organisation[] {
  return raw.map(({ id, name, nameNote, variants, description }) => ({
    id: id as OrganisationId,
    name,
    nameNote,
    variants,
    description,
    mentions: mentions.get(id) ?? [],
  }));
}
