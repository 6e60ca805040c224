import type * as helpers from './edition.js';
import * as entry from './edition.js';
import { checkData } from './internal/check-data.js';
import type { EssayData } from './types/index.js';

type Helpers = typeof helpers;
/** The names of the data-first helpers: every function of `./edition` but `createEdition`. */
type HelperName = { [K in Exclude<keyof Helpers, 'createEdition'>]: Helpers[K] extends (...args: never[]) => unknown ? K : never }[Exclude<keyof Helpers, 'createEdition'>];
/** A data-first helper without its first parameter. */
type Bound<F> = F extends (data: never, ...args: infer A) => infer R ? (...args: A) => R : never;

/**
 * Every helper of `destalinisation-essay/edition` bound to one copy of the edition data:
 * `edition.toMarkdown(options)` is `toMarkdown(data, options)`.
 */
export type Edition = { readonly [K in HelperName]: Bound<Helpers[K]> };

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
  const bound: Record<string, unknown> = {};
  for (const [name, helper] of Object.entries(entry)) {
    if (typeof helper === 'function' && name !== 'createEdition') bound[name] = (...args: unknown[]) => (helper as (data: EssayData, ...rest: unknown[]) => unknown)(data, ...args);
  }
  return Object.freeze(bound) as Edition;
}
