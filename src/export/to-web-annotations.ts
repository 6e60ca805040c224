import { citations } from '../collections/citations.js';
import { quotes } from '../collections/quotes.js';
import { formatLocator } from '../apparatus/format-locator.js';
import { formatReference } from '../apparatus/format-reference.js';
import { getPerson } from '../lookups/get-person.js';
import type { Citation, Quote } from '../types/index.js';
import type { WebAnnotation, WebAnnotationOptions } from '../types/annotation.js';
import type { Span } from '../types/index.js';
import { plainTextRange } from '../text/plain-text-range.js';
import { toPlainText } from '../text/to-plain-text.js';
import { codePointsBefore } from './internal/code-points.js';
import { uniqueContext } from './internal/unique-context.js';

function sourceOf(options: unknown): string {
  const source = (options as { source?: unknown } | null | undefined)?.source;
  if (typeof source !== 'string' || !/^[A-Za-z][A-Za-z0-9+.-]*:[^#\s]+$/.test(source)) {
    throw new TypeError(
      'toWebAnnotations(options): expected options.source to be an absolute IRI without a fragment, e.g. "https://example.org/essay.txt"',
    );
  }
  return source;
}

function describeQuote(quote: Quote): string {
  const speakers = quote.speakerIds.map((id) => getPerson(id).name);
  const parts = [quote.kind === 'quotation' ? 'Quotation' : quote.kind === 'term' ? 'Term' : 'Title'];
  if (speakers.length) parts.push(`spoken or written by ${speakers.join(' and ')}`);
  if (quote.referenceId) parts.push(`source: ${formatReference(quote.referenceId, 'chicago-author-date')}`);
  if (quote.locator) parts.push(formatLocator(quote.locator));
  return parts.join('; ');
}

function describeCitation(citation: Citation): string {
  const reference = formatReference(citation.referenceId, 'chicago-author-date');
  return citation.locator ? `${reference} ${formatLocator(citation.locator)}` : reference;
}

/**
 * One W3C Web Annotation per quote (motivation `describing`) and per citation (`linking`), each
 * targeting the words in {@link toPlainText} by a `TextQuoteSelector` (prefix and suffix just long
 * enough to be unique) and a `TextPositionSelector` counted in Unicode code points.
 *
 * @param options - `source`: the IRI at which the plain text is published.
 * @returns A fresh array: quotes first, then citations, in reading order.
 *
 * @throws {TypeError} when `options.source` is not an absolute IRI without a fragment.
 *
 * @example
 * ```ts
 * const [first] = toWebAnnotations({ source: 'https://example.org/essay.txt' });
 * first?.target.selector[0].exact; // 'Secret Speech'
 * ```
 */
export function toWebAnnotations(options: WebAnnotationOptions): WebAnnotation[] {
  const source = sourceOf(options);
  const text = toPlainText();
  const before = codePointsBefore(text);
  const codePoints = (offset: number) => before[offset]!;
  const annotate = (
    span: Span & { readonly id: string },
    motivation: 'describing' | 'linking',
    value: string,
  ): WebAnnotation => {
    const { start, end } = plainTextRange(span)!;
    const { prefix, suffix } = uniqueContext(text, start, end);
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${source}#${span.id}`,
      type: 'Annotation',
      motivation,
      body: { type: 'TextualBody', purpose: motivation, value, format: 'text/plain' },
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', exact: span.text, prefix, suffix },
          { type: 'TextPositionSelector', start: codePoints(start), end: codePoints(end) },
        ],
      },
    };
  };
  return [
    ...quotes.map((quote) => annotate(quote, 'describing', describeQuote(quote))),
    ...citations.map((citation) => annotate(citation, 'linking', describeCitation(citation))),
  ];
}
