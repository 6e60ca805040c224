import { references } from '../collections/references.js';
import { toBibTeX as bibTeXOf } from '../export/to-bibtex.js';

/**
 * The bibliography as BibLaTeX: `@book`, `@incollection`, `@article`, and `@unpublished` for the
 * archival documents (CSL's `manuscript`: the institution in `howpublished`, the archive in `note`,
 * and `url`). Keys are the reference ids; dates use `date`; page ranges use `--`; Kramer 1995's
 * double issue is `number = {6/7}`, with no volume; titles are brace-protected; special characters
 * are escaped and Unicode is kept (compile with biber, or read with any BibTeX parser that takes
 * UTF-8). Every field is one biber's data model allows for its entry type.
 *
 * @returns The entries, separated by blank lines.
 *
 * @example
 * ```ts
 * toBibTeX().startsWith('@book{filtzer-1993,'); // true
 * ```
 */
export function toBibTeX(): string {
  return bibTeXOf({ references });
}
