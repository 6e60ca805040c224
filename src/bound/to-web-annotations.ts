import { blocks } from '../collections/blocks.js';
import { citations } from '../collections/citations.js';
import { notes } from '../collections/notes.js';
import { organisations } from '../collections/organisations.js';
import { people } from '../collections/people.js';
import { places } from '../collections/places.js';
import { quotes } from '../collections/quotes.js';
import { references } from '../collections/references.js';
import { toWebAnnotations as annotationsOf } from '../export/to-web-annotations.js';
import type { AnnotationCollection, WebAnnotation, WebAnnotationOptions } from '../types/annotation.js';

/**
 * W3C Web Annotations of the essay's plain text ({@link toPlainText}): one per quote (motivation
 * `describing`) and per citation (`linking`), and on request one per editorial note (`commenting`:
 * the note, its kind and its correction) and per mention (`identifying`: the entity's name and kind).
 * Each targets its words by a `TextQuoteSelector` (with about 32 characters of prefix and suffix) and
 * a `TextPositionSelector` counted in Unicode code points. Each annotation has an IRI of its own:
 * `<annotationBase>/<id>` (`https://example.org/annotations/p1-q1`) or, without an `annotationBase`,
 * a `urn:uuid:` derived from `source` and the id, the same on every call.
 *
 * @param options - `source`: the IRI at which the plain text is published (required);
 * `annotationBase`: the IRI the annotations are published under; `collection`: `true` for one
 * W3C `AnnotationCollection` instead of an array; `include`: the layers, any of `quotes`,
 * `citations`, `notes`, `mentions` (default quotes and citations).
 * @returns A fresh array (quotes first, then citations, notes and mentions, each in reading order),
 * or with `collection: true` an `AnnotationCollection` whose one page holds them.
 *
 * @throws {TypeError} when `options` is not an object, has a key other than `source`,
 * `annotationBase`, `collection` or `include` (own, not inherited), or a value of the wrong type,
 * or `source` is missing.
 * @throws {RangeError} when `source` or `annotationBase` is not an `http:` or `https:` URL or a URN
 * without a fragment, written with the characters an IRI allows (`javascript:` and `data:` IRIs are
 * refused), or `include` is empty, repeats a layer or names an unknown one.
 *
 * @example
 * ```ts
 * const [first] = toWebAnnotations({ source: 'https://example.org/essay.txt', annotationBase: 'https://example.org/annotations' });
 * first?.id; // 'https://example.org/annotations/p1-q1'
 * first?.target.selector[0].exact; // 'Secret Speech'
 * const all = toWebAnnotations({ source: 'urn:example:essay', collection: true, include: ['quotes', 'citations', 'notes', 'mentions'] });
 * all.total; // 601
 * ```
 */
export function toWebAnnotations(options: WebAnnotationOptions & { readonly collection: true }): AnnotationCollection;
export function toWebAnnotations(options: WebAnnotationOptions & { readonly collection?: false }): WebAnnotation[];
export function toWebAnnotations(options: WebAnnotationOptions): WebAnnotation[] | AnnotationCollection;
export function toWebAnnotations(options: WebAnnotationOptions): WebAnnotation[] | AnnotationCollection {
  return annotationsOf({ blocks, quotes, citations, notes, references, people, places, organisations }, options);
}
