import type { Mention, Organisation, Person, Place } from '../../src/types/index.js';
import { anchorSpan } from './internal/anchor.js';
import type { StoredMentionEntry, StoredOrganisation, StoredPerson, StoredPlace } from '../generated/data-types.js';

/** Every mention, anchored, grouped by the entity it names (reading order kept). */
export function loadMentions(mentions: readonly StoredMentionEntry[], texts: ReadonlyMap<string, string>): ReadonlyMap<string, Mention[]> {
  const byEntity = new Map<string, Mention[]>();
  for (const { entityId, ...anchor } of mentions) {
    const span = anchorSpan(anchor, texts);
    const list = byEntity.get(entityId);
    if (list) list.push(span);
    else byEntity.set(entityId, [span]);
  }
  return byEntity;
}

/** Gives each named record its mentions (the same for people, places and organisations). */
function withMentions<R extends { readonly id: string }>(
  raw: readonly R[],
  mentions: ReadonlyMap<string, Mention[]>,
): (R & { readonly mentions: Mention[] })[] {
  return raw.map((record) => ({ ...record, mentions: mentions.get(record.id) ?? [] }));
}

/** Builds the public people with their mentions. */
export function loadPeople(raw: readonly StoredPerson[], mentions: ReadonlyMap<string, Mention[]>): Person[] {
  return withMentions(raw, mentions);
}

/** Builds the public places with their mentions. */
export function loadPlaces(raw: readonly StoredPlace[], mentions: ReadonlyMap<string, Mention[]>): Place[] {
  return withMentions(raw, mentions);
}

/** Builds the public organisations with their mentions. */
export function loadOrganisations(raw: readonly StoredOrganisation[], mentions: ReadonlyMap<string, Mention[]>): Organisation[] {
  return withMentions(raw, mentions);
}
