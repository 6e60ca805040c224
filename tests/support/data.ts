import { readFileSync } from 'node:fs';
import type {
  StoredBlock,
  StoredCitation,
  StoredEssay,
  StoredNote,
  StoredPerson,
  StoredPlace,
  StoredOrganisation,
  StoredMentionEntry,
  StoredEvent,
  StoredClaim,
  StoredQuote,
  StoredReference,
  StoredSection,
} from '../../src/generated/data-types.js';
import type { DeepMutable } from '../../src/internal/exact.js';

export const root = new URL('../../', import.meta.url);

/** Reads a file of the repository as UTF-8. */
export function readText(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

/** The published source, as copied verbatim into `data/`. */
export const sourceText = readText('data/essay-original.txt');

export const rawBlocks = JSON.parse(readText('data/blocks.json')) as StoredBlock[];
export const rawSections = JSON.parse(readText('data/sections.json')) as StoredSection[];
export const rawEssay = JSON.parse(readText('data/essay.json')) as StoredEssay;
export const rawCitations = JSON.parse(readText('data/citations.json')) as StoredCitation[];
export const rawQuotes = JSON.parse(readText('data/quotes.json')) as StoredQuote[];
export const rawReferences = JSON.parse(readText('data/references.json')) as StoredReference[];
export const rawPeople = JSON.parse(readText('data/people.json')) as StoredPerson[];
export const rawNotes = JSON.parse(readText('data/notes.json')) as StoredNote[];
export const rawPlaces = JSON.parse(readText('data/places.json')) as StoredPlace[];
export const rawOrganisations = JSON.parse(readText('data/organisations.json')) as StoredOrganisation[];
export const rawMentions = JSON.parse(readText('data/mentions.json')) as StoredMentionEntry[];
export const rawEvents = JSON.parse(readText('data/events.json')) as StoredEvent[];
export const rawClaims = JSON.parse(readText('data/claims.json')) as StoredClaim[];

/** A deep copy, for making broken fixtures from the real data. */
export function copy<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}
