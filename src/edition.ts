/**
 * The helpers as functions of the edition data: each takes the collections it reads as its first
 * argument (an `EssayData`, for example one read from `essay.json`, or a small fixture).
 *
 * @packageDocumentation
 */

export { toCslJson } from './export/to-csl-json.js';
export { toBibTeX } from './export/to-bibtex.js';
export { toWebAnnotations } from './export/to-web-annotations.js';
