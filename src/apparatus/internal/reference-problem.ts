import type { Reference } from '../../types/index.js';

/** The reference types the package knows. */
const referenceTypes: readonly string[] = ['book', 'chapter', 'article', 'archival-document'];
const textFields = ['containerTitle', 'volume', 'issue', 'publisher', 'place', 'institution', 'archive', 'url'] as const;

const isText = (value: unknown): value is string => typeof value === 'string';
const isName = (value: unknown): boolean => {
  const name = value as { family?: unknown; given?: unknown } | null;
  return typeof name === 'object' && name !== null && isText(name.family) && (name.given === null || isText(name.given));
};
const isPageRange = (value: unknown): boolean => {
  const range = value as { start?: unknown; end?: unknown } | null;
  return typeof range === 'object' && range !== null && Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end);
};

/**
 * What a record lacks to be formatted from its parsed fields (`type`, `authors`, `editors`, `year`,
 * `title`, the text fields and `pages`, as in `Reference`), or `undefined` when it has them.
 */
export function referenceProblem(record: object): string | undefined {
  const ref = record as { readonly [K in keyof Reference]?: unknown };
  if (!referenceTypes.includes(ref.type as string)) return `type to be one of ${referenceTypes.join(', ')}`;
  for (const field of ['authors', 'editors'] as const) {
    const names = ref[field];
    if (!Array.isArray(names) || !names.every(isName)) return `${field} to be an array of names ({ family, given })`;
  }
  if (!Number.isSafeInteger(ref.year)) return 'year to be an integer';
  if (!isText(ref.title)) return 'title to be a string';
  for (const field of textFields) if (ref[field] !== null && !isText(ref[field])) return `${field} to be a string or null`;
  if (ref.pages !== null && !isPageRange(ref.pages)) return 'pages to be { start, end } or null';
  return undefined;
}
