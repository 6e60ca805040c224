import { referenceStyles } from '../index.js';

/** The `--format` values of `bibliography`. */
export const bibliographyFormats: readonly string[] = [...referenceStyles, 'csl', 'bibtex'];

/** The `--format` values of `export`. */
export const exportFormats: readonly string[] = ['json', 'csl', 'bibtex', 'timelinejs', 'graph', 'annotations', 'markdown', 'tei'];
