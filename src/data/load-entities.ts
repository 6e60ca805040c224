import type { OrganisationId, PersonId, PlaceId } from '../generated/ids.js';
import type { Mention, Organisation, Person, Place } from '../types/entities.js';
import { anchorSpan } from './anchor.js';
import { type CompactMention, fromMentionRuns, type MentionRun } from './mention-runs.js';
import type { RawMention, RawOrganisation, RawPerson, RawPlace } from './raw.js';

/**
 * Every mention, anchored, grouped by the entity it names (reading order kept). Reads
 * `data/mentions.json` or the runs the build writes in its place.
 */
export function loadMentions(raw: readonly RawMention[] | readonly MentionRun[], texts: ReadonlyMap<string, string>): ReadonlyMap<string, Mention[]> {
  const byEntity = new Map<string, Mention[]>();
  const mentions: readonly (RawMention | CompactMention)[] = isRuns(raw) ? fromMentionRuns(raw) : raw;
  for (const mention of mentions) {
    const span = anchorSpan(mention, texts);
    const list = byEntity.get(mention.entityId);
    if (list) list.push(span);
    else byEntity.set(mention.entityId, [span]);
  }
  return byEntity;
}

function isRuns(raw: readonly RawMention[] | readonly MentionRun[]): raw is readonly MentionRun[] {
  return Array.isArray(raw[0]);
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
