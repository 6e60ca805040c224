/**
 * The helpers as functions of the edition data, published as `destalinisation-essay/edition`.
 * Each takes the data it reads as its first argument (`toGraph(data, options)`,
 * `search(data, query)`), typed as the part of {@link EssayData} it reads, so any copy of the
 * edition works: `essay.json` read and checked with `EssayDataSchema`, a corrected or extended
 * copy, or a small hand-made fixture. The package root's helpers are these functions given the
 * package's own data. This entry holds no data; {@link createEdition} binds every helper to one
 * copy.
 *
 * Data that is deeply frozen (as the package's is) has its indexes built once; data that is not
 * is read afresh on every call, so a change to it shows in the next result. No helper changes the
 * data it is given.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { createRequire } from 'node:module';
 * import { EssayDataSchema } from 'destalinisation-essay/schema';
 * import { toMarkdown } from 'destalinisation-essay/edition';
 *
 * const file = createRequire(import.meta.url).resolve('destalinisation-essay/essay.json');
 * const data = EssayDataSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
 * toMarkdown(data, { notes: true });
 * ```
 *
 * @module destalinisation-essay/edition
 * @packageDocumentation
 */

// Every function exported here takes the edition data first; createEdition (src/create-edition.ts)
// binds each, one line a helper: a helper added here is added there too (a test compares them).
export type { EssayData } from './types/index.js';
export { toPlainText } from './text/to-plain-text.js';
export { toMarkdown, type MarkdownOptions } from './text/to-markdown.js';
export { search, type SearchOptions } from './text/search.js';
export { plainTextRange } from './text/plain-text-range.js';
export { sectionOf } from './text/section-of.js';
export { blocksIn } from './text/blocks-in.js';
export { quotesIn } from './apparatus/quotes-in.js';
export { citationsIn } from './apparatus/citations-in.js';
export { citationsOf } from './apparatus/citations-of.js';
export { quotesFrom } from './apparatus/quotes-from.js';
export { quotesBy } from './apparatus/quotes-by.js';
export { segments } from './apparatus/segments.js';
export { segmentTree } from './apparatus/segment-tree.js';
export { formatReference, type ReferenceStyle } from './apparatus/format-reference.js';
export { formatCitation } from './apparatus/format-citation.js';
export { mentionsOf } from './entities/mentions-of.js';
export { eventsInvolving } from './entities/events-involving.js';
export { evidenceFor } from './argument/evidence-for.js';
export { timeline, type TimelineOptions } from './time/timeline.js';
export { toGraph } from './export/to-graph.js';
export { toGeoJson } from './export/to-geo-json.js';
export { toTimelineJs } from './export/to-timeline-js.js';
export { toCslJson } from './export/to-csl-json.js';
export { toBibTeX } from './export/to-bibtex.js';
export { toWebAnnotations, type WebAnnotationData } from './export/to-web-annotations.js';
export { toTei, type TeiData } from './export/to-tei.js';
export { createEdition, type Edition } from './create-edition.js';
