import { readFileSync } from 'node:fs';
import type {
  RawBlock,
  RawCitation,
  RawEssay,
  RawNote,
  RawPerson,
  RawPlace,
  RawOrganisation,
  RawMention,
  RawEvent,
  RawClaim,
  RawQuote,
  RawReference,
  RawSection,
} from '../../src/data/raw.js';
import type { DeepMutable } from '../../src/internal/exact.js';

export const root = new URL('../../', import.meta.url);

/** Reads a file of the repository as UTF-8. */
export function readText(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

/** The published source, as copied verbatim into `data/`. */
export const sourceText = readText('data/essay-original.txt');

export const rawBlocks = JSON.parse(readText('data/blocks.json')) as RawBlock[];
export const rawSections = JSON.parse(readText('data/sections.json')) as RawSection[];
export const rawEssay = JSON.parse(readText('data/essay.json')) as RawEssay;
export const rawCitations = JSON.parse(readText('data/citations.json')) as RawCitation[];
export const rawQuotes = JSON.parse(readText('data/quotes.json')) as RawQuote[];
export const rawReferences = JSON.parse(readText('data/references.json')) as RawReference[];
export const rawPeople = JSON.parse(readText('data/people.json')) as RawPerson[];
export const rawNotes = JSON.parse(readText('data/notes.json')) as RawNote[];
export const rawPlaces = JSON.parse(readText('data/places.json')) as RawPlace[];
export const rawOrganisations = JSON.parse(readText('data/organisations.json')) as RawOrganisation[];
export const rawMentions = JSON.parse(readText('data/mentions.json')) as RawMention[];
export const rawEvents = JSON.parse(readText('data/events.json')) as RawEvent[];
export const rawClaims = JSON.parse(readText('data/claims.json')) as RawClaim[];

/** A deep copy, for making broken fixtures from the real data. */
export function copy<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}
