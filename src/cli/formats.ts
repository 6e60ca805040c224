import { referenceStyles } from '../index.js';

/**
 * The `--format` values of `bibliography`: the reference styles, CSL-JSON and BibLaTeX. The
 * command's table of renderers `satisfies Record<BibliographyFormat, …>`, so a format added here is
 * a type error until it is handled.
 */
export const bibliographyFormats = [...referenceStyles, 'csl', 'bibtex'] as const;

/** A `--format` value of `bibliography`. */
export type BibliographyFormat = (typeof bibliographyFormats)[number];

/**
 * The `--format` values of `export`. The command's table of exporters
 * `satisfies Record<ExportFormat, …>`, so a format added here is a type error until it is handled.
 */
export const exportFormats = ['json', 'csl', 'bibtex', 'timelinejs', 'graph', 'geojson', 'annotations', 'markdown', 'tei'] as const;

/** A `--format` value of `export`. */
export type ExportFormat = (typeof exportFormats)[number];
