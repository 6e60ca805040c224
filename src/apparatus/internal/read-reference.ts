import type { Name, Reference } from '../../types/index.js';

/** The reference types the package knows. */
const referenceTypes: readonly string[] = ['book', 'chapter', 'article', 'archival-document'];
const textFields = ['containerTitle', 'volume', 'issue', 'publisher', 'place', 'institution', 'archive', 'url'] as const;

/** The parts of a name a formatted reference prints. */
export type NameFields = Pick<Name, 'family' | 'given'>;

/** The fields of a reference its formatted forms are built from, read once and checked. */
export type ReferenceFields = Pick<Reference, 'type' | 'year' | 'title' | 'pages' | (typeof textFields)[number]> & {
  /** The record's id, or `''` when it has none (it only tells same-author entries apart). */
  readonly id: string;
  readonly authors: readonly NameFields[];
  readonly editors: readonly NameFields[];
};

const isText = (value: unknown): value is string => typeof value === 'string';

/** A name's `family` and `given`, each read once, or `undefined` when it is not a name. */
function readName(value: unknown): NameFields | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { family, given } = value as { readonly family?: unknown; readonly given?: unknown };
  return isText(family) && (given === null || isText(given)) ? Object.freeze({ family, given }) : undefined;
}

/** A list of names, each item read once, or `undefined` when it is not an array of names. */
function readNames(value: unknown): readonly NameFields[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names: NameFields[] = [];
  const length = (value as readonly unknown[]).length;
  for (let i = 0; i < length; i++) {
    const name = readName((value as readonly unknown[])[i]);
    if (!name) return undefined;
    names.push(name);
  }
  return Object.freeze(names);
}

/** A page range's `start` and `end`, each read once, or `undefined` when it is not one. */
function readPages(value: unknown): Reference['pages'] | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const { start, end } = value as { readonly start?: unknown; readonly end?: unknown };
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) ? Object.freeze({ start: start as number, end: end as number }) : undefined;
}

/**
 * Reads the parsed fields of a reference record (`type`, `authors`, `editors`, `year`, `title`, the
 * text fields and `pages`, as in `Reference`), each once, into a frozen copy the formatter uses
 * instead of the record, so a getter that answers differently the second time cannot slip past the
 * check. Returns what the record lacks (as "`<field>` to be …") when it cannot be formatted: at
 * least one author is required, as in every reference of the edition.
 */
export function readReference(record: object): ReferenceFields | string {
  const ref = record as { readonly [K in keyof Reference]?: unknown };
  const { id, type } = ref;
  if (!referenceTypes.includes(type as string)) return `type to be one of ${referenceTypes.join(', ')}`;
  const authors = readNames(ref.authors);
  if (!authors || authors.length === 0) return 'authors to be a non-empty array of names ({ family, given })';
  const editors = readNames(ref.editors);
  if (!editors) return 'editors to be an array of names ({ family, given })';
  const { year, title } = ref;
  if (!Number.isSafeInteger(year)) return 'year to be an integer';
  if (!isText(title)) return 'title to be a string';
  const texts: Partial<Record<(typeof textFields)[number], string | null>> = {};
  for (const field of textFields) {
    const value = ref[field];
    if (value !== null && !isText(value)) return `${field} to be a string or null`;
    texts[field] = value;
  }
  const pages = readPages(ref.pages);
  if (pages === undefined) return 'pages to be { start, end } or null';
  return Object.freeze({
    id: isText(id) ? id : '',
    type: type as Reference['type'],
    authors,
    editors,
    year: year as number,
    title,
    pages,
    ...(texts as Record<(typeof textFields)[number], string | null>),
  });
}
