import type { EssayData, Name, Reference } from '../types/index.js';
import { checkData } from '../internal/check-data.js';

/**
 * BibLaTeX entry types. Archival documents are `@unpublished`, the type citeproc and citation-js
 * read as CSL `manuscript`, which is what the CSL-JSON export makes them.
 */
const entryTypes = {
  book: 'book',
  chapter: 'incollection',
  article: 'article',
  'archival-document': 'unpublished',
} as const;

/** Escapes the characters that are special in (Bib)LaTeX field values. Unicode passes through. */
export function escapeBibTeX(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (char) =>
    char === '\\' ? '\\textbackslash{}' : char === '~' ? '\\textasciitilde{}' : char === '^' ? '\\textasciicircum{}' : `\\${char}`,
  );
}

function names(list: readonly Name[]): string {
  return list.map((name) => (name.given === null ? `{${name.family}}` : `${name.family}, ${name.given}`)).join(' and ');
}

function fields(ref: Reference): [string, string | null][] {
  const pages = ref.pages && `${ref.pages.start}--${ref.pages.end}`;
  const container = ref.type === 'article' ? 'journaltitle' : 'booktitle';
  return [
    ['author', names(ref.authors)],
    ['editor', ref.editors.length ? names(ref.editors) : null],
    // Double braces keep a style from changing the title's capitals.
    ['title', `{${escapeBibTeX(ref.title)}}`],
    [container, ref.containerTitle && `{${escapeBibTeX(ref.containerTitle)}}`],
    ['volume', ref.volume && escapeBibTeX(ref.volume)],
    ['number', ref.issue && escapeBibTeX(ref.issue)],
    ['pages', pages],
    ['date', String(ref.year)],
    ['publisher', ref.publisher && escapeBibTeX(ref.publisher)],
    ['location', ref.place && escapeBibTeX(ref.place)],
    // An unpublished document: the institution that makes it available, then its archive, as printed.
    ['howpublished', ref.institution && escapeBibTeX(ref.institution)],
    ['note', ref.archive && escapeBibTeX(ref.archive)],
    ['url', ref.url],
  ];
}

function entry(ref: Reference): string {
  const lines = fields(ref)
    .filter((field): field is [string, string] => field[1] !== null && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`);
  return `@${entryTypes[ref.type]}{${ref.id},\n${lines.join('\n')}\n}\n`;
}

/**
 * The bibliography of some edition data as BibLaTeX; the data-first form of the root entry's
 * `toBibTeX()`. Reads only `data.references`.
 *
 * @param data - The collection it reads: `references` (an `EssayData`, or a fixture).
 * @returns The entries, separated by blank lines.
 *
 * @throws {TypeError} when `data` is not an object with a `references` array.
 *
 * @example
 * ```ts
 * import { references } from 'destalinisation-essay';
 * import { toBibTeX } from 'destalinisation-essay/edition';
 * toBibTeX({ references: references.slice(0, 1) }).startsWith('@book{filtzer-1993,'); // true
 * ```
 */
export function toBibTeX(data: Pick<EssayData, 'references'>): string {
  checkData('toBibTeX(data)', data, ['references']);
  return data.references.map(entry).join('\n');
}
