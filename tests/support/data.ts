import { readFileSync } from 'node:fs';
import { dataFilesOf } from '../../scripts/generate/collection-table.js';
import type { StoredData } from '../../scripts/generated/data-types.js';
import type { DeepMutable } from '../../src/internal/exact.js';

export const root = new URL('../../', import.meta.url);

/** Reads a file of the repository as UTF-8. */
export function readText(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

/** The published source, as copied verbatim into `data/`. */
export const sourceText = readText('data/essay-original.txt');

/** Every file of `data/` the table of collections declares, read as it is (unchecked), by its key. */
export const stored = Object.fromEntries(dataFilesOf().map(({ key, file }) => [key, JSON.parse(readText(`data/${file}`))])) as unknown as StoredData;

type Raw<K extends keyof StoredData> = DeepMutable<StoredData[K]>;
const raw = <K extends keyof StoredData>(key: K): Raw<K> => stored[key] as Raw<K>;

export const rawBlocks = raw('blocks');
export const rawSections = raw('sections');
export const rawEssay = raw('essay');
export const rawCitations = raw('citations');
export const rawQuotes = raw('quotes');
export const rawReferences = raw('references');
export const rawPeople = raw('people');
export const rawNotes = raw('notes');
export const rawPlaces = raw('places');
export const rawOrganisations = raw('organisations');
export const rawMentions = raw('mentions');
export const rawEvents = raw('events');
export const rawClaims = raw('claims');

/** A deep copy, for making broken fixtures from the real data. */
export function copy<T>(value: T): DeepMutable<T> {
  return structuredClone(value) as DeepMutable<T>;
}

/**
 * An id that names no record, for a broken fixture. The types of `data/` hold only known ids, so a
 * fixture that breaks one says so here rather than casting.
 */
export function unknownId(id: string): never {
  return id as never;
}
