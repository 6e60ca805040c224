import { citationsIn } from './apparatus/citations-in.js';
import { citationsOf } from './apparatus/citations-of.js';
import { formatCitation } from './apparatus/format-citation.js';
import { formatReference } from './apparatus/format-reference.js';
import { quotesBy } from './apparatus/quotes-by.js';
import { quotesFrom } from './apparatus/quotes-from.js';
import { quotesIn } from './apparatus/quotes-in.js';
import { segments } from './apparatus/segments.js';
import { segmentTree } from './apparatus/segment-tree.js';
import { evidenceFor } from './argument/evidence-for.js';
import { eventsInvolving } from './entities/events-involving.js';
import { mentionsOf } from './entities/mentions-of.js';
import { toGeoJson } from './export/to-geo-json.js';
import { toGraph } from './export/to-graph.js';
import { toTimelineJs } from './export/to-timeline-js.js';
import { toCslJson } from './export/to-csl-json.js';
import { toBibTeX } from './export/to-bibtex.js';
import { toWebAnnotations } from './export/to-web-annotations.js';
import { toTei } from './export/to-tei.js';
import { blocksIn } from './text/blocks-in.js';
import { plainTextRange } from './text/plain-text-range.js';
import { search } from './text/search.js';
import { sectionOf } from './text/section-of.js';
import { toMarkdown } from './text/to-markdown.js';
import { toPlainText } from './text/to-plain-text.js';
import { timeline } from './time/timeline.js';
import { checkData } from './internal/check-data.js';
import type { EssayData } from './types/index.js';

/** A data-first helper without its first parameter. */
type Bound<F> = F extends (data: never, ...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * Every helper of `destalinisation-essay/edition` bound to one copy of the edition data:
 * `edition.toMarkdown(options)` is `toMarkdown(data, options)`.
 */
export interface Edition {
  /** {@link toPlainText} bound to the data. */
  readonly toPlainText: Bound<typeof toPlainText>;
  /** {@link toMarkdown} bound to the data. */
  readonly toMarkdown: Bound<typeof toMarkdown>;
  /** {@link search} bound to the data. */
  readonly search: Bound<typeof search>;
  /** {@link plainTextRange} bound to the data. */
  readonly plainTextRange: Bound<typeof plainTextRange>;
  /** {@link sectionOf} bound to the data. */
  readonly sectionOf: Bound<typeof sectionOf>;
  /** {@link blocksIn} bound to the data. */
  readonly blocksIn: Bound<typeof blocksIn>;
  /** {@link quotesIn} bound to the data. */
  readonly quotesIn: Bound<typeof quotesIn>;
  /** {@link citationsIn} bound to the data. */
  readonly citationsIn: Bound<typeof citationsIn>;
  /** {@link citationsOf} bound to the data. */
  readonly citationsOf: Bound<typeof citationsOf>;
  /** {@link quotesFrom} bound to the data. */
  readonly quotesFrom: Bound<typeof quotesFrom>;
  /** {@link quotesBy} bound to the data. */
  readonly quotesBy: Bound<typeof quotesBy>;
  /** {@link segments} bound to the data. */
  readonly segments: Bound<typeof segments>;
  /** {@link segmentTree} bound to the data. */
  readonly segmentTree: Bound<typeof segmentTree>;
  /** {@link formatReference} bound to the data. */
  readonly formatReference: Bound<typeof formatReference>;
  /** {@link formatCitation} bound to the data. */
  readonly formatCitation: Bound<typeof formatCitation>;
  /** {@link mentionsOf} bound to the data. */
  readonly mentionsOf: Bound<typeof mentionsOf>;
  /** {@link eventsInvolving} bound to the data. */
  readonly eventsInvolving: Bound<typeof eventsInvolving>;
  /** {@link evidenceFor} bound to the data. */
  readonly evidenceFor: Bound<typeof evidenceFor>;
  /** {@link timeline} bound to the data. */
  readonly timeline: Bound<typeof timeline>;
  /** {@link toGraph} bound to the data. */
  readonly toGraph: Bound<typeof toGraph>;
  /** {@link toGeoJson} bound to the data. */
  readonly toGeoJson: Bound<typeof toGeoJson>;
  /** {@link toTimelineJs} bound to the data. */
  readonly toTimelineJs: Bound<typeof toTimelineJs>;
  /** {@link toCslJson} bound to the data. */
  readonly toCslJson: Bound<typeof toCslJson>;
  /** {@link toBibTeX} bound to the data. */
  readonly toBibTeX: Bound<typeof toBibTeX>;
  /** {@link toWebAnnotations} bound to the data. */
  readonly toWebAnnotations: Bound<typeof toWebAnnotations>;
  /** {@link toTei} bound to the data. */
  readonly toTei: Bound<typeof toTei>;
}

/**
 * Binds every helper of `destalinisation-essay/edition` to one copy of the edition data, so that
 * a copy can be used as the package root uses its own: `edition.search('gomulka')`,
 * `edition.toGraph({ dropIsolated: true })`. The data is not copied: the helpers read it on each
 * call, as the data-first forms do.
 *
 * @param data - The edition data, e.g. `essay.json` checked with `EssayDataSchema`.
 * @returns A frozen object of the helpers, each without its first parameter.
 *
 * @throws {TypeError} when `data` is not an object.
 *
 * @example
 * ```ts
 * import { blocks, caseStudies, citations, claims, essay, events, notes, organisations, paragraphs, people, places, quotes, references, sections } from 'destalinisation-essay';
 * const data = { version: '0.1.0', essay, blocks, paragraphs, sections, quotes, citations, references, people, places, organisations, events, caseStudies, claims, notes };
 * const edition = createEdition(data);
 * edition.quotesBy('lenin')?.map((q) => q.id); // ['p10-q2']
 * ```
 */
export function createEdition(data: EssayData): Edition {
  checkData('createEdition(data)', data, []);
  const bind =
    <A extends unknown[], R>(helper: (data: EssayData, ...args: A) => R) =>
    (...args: A): R =>
      helper(data, ...args);
  // Written out, one line a helper (not found by walking the entry's exports), so that a bundle
  // that imports one helper of the entry and not createEdition keeps that helper alone.
  return Object.freeze({
    toPlainText: bind(toPlainText),
    toMarkdown: bind(toMarkdown),
    search: bind(search),
    plainTextRange: bind(plainTextRange),
    sectionOf: bind(sectionOf),
    blocksIn: bind(blocksIn),
    quotesIn: bind(quotesIn),
    citationsIn: bind(citationsIn),
    citationsOf: bind(citationsOf),
    quotesFrom: bind(quotesFrom),
    quotesBy: bind(quotesBy),
    segments: bind(segments),
    segmentTree: bind(segmentTree),
    formatReference: bind(formatReference),
    formatCitation: bind(formatCitation),
    mentionsOf: bind(mentionsOf),
    eventsInvolving: bind(eventsInvolving),
    evidenceFor: bind(evidenceFor),
    timeline: bind(timeline),
    toGraph: bind(toGraph),
    toGeoJson: bind(toGeoJson),
    toTimelineJs: bind(toTimelineJs),
    toCslJson: bind(toCslJson),
    toBibTeX: bind(toBibTeX),
    toWebAnnotations: bind(toWebAnnotations),
    toTei: bind(toTei),
  });
}
