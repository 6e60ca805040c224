import { citations } from '../collections/citations.js';
import { quotes } from '../collections/quotes.js';
import { formatLocator } from '../apparatus/format-locator.js';
import { formatReference } from '../bound/format-reference.js';
import { getPerson } from '../lookups/get-person.js';
import type { Citation, Quote } from '../types/index.js';
import type { WebAnnotation, WebAnnotationOptions } from '../types/annotation.js';
import type { Span } from '../types/index.js';
import { plainTextRange } from '../bound/plain-text-range.js';
import { toPlainText } from '../bound/to-plain-text.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { describeValue } from '../internal/describe-value.js';
import { codePointsBefore } from './internal/code-points.js';
import { uniqueContext } from './internal/unique-context.js';

const expectedSource = 'an http or https URL or a URN, without a fragment, e.g. "https://example.org/essay.txt"';

/**
 * What is wrong with a source IRI, or `undefined`: it must be an `http:` or `https:` URL with a
 * host, or a URN (`urn:<nid>:<nss>`), with no fragment and only characters an IRI may hold (no
 * spaces, control characters, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`, lone surrogates or
 * a `%` that does not start an escape). Other schemes (`javascript:`, `data:`, `file:`) are refused:
 * the source is where the plain text is published, and annotation tools render it as a link.
 */
function sourceProblem(source: string): string | undefined {
  const problem = `expected source to be ${expectedSource}, got ${describeValue(source)}`;
  if (/[\u0000-\u0020"<>\\^`{|}\u007f-\u009f#]|%(?![0-9A-Fa-f]{2})|\p{Cs}/u.test(source)) return problem;
  if (/^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:./.test(source)) return undefined;
  if (!/^https?:\/\/[^/?]/.test(source)) return problem;
  try {
    return new URL(source).hostname === '' ? problem : undefined;
  } catch {
    return problem;
  }
}

const optionRules: Readonly<Record<keyof WebAnnotationOptions, OptionRule>> = {
  source: { types: ['string'], expected: expectedSource, check: sourceProblem },
};

function sourceOf(options: unknown): string {
  if (options === undefined) throw new TypeError(`toWebAnnotations(options): expected options to be an object with source, ${expectedSource}`);
  const { source } = checkOptions<WebAnnotationOptions>('toWebAnnotations(options)', options, optionRules);
  if (source === undefined) throw new TypeError(`toWebAnnotations(options): expected source to be ${expectedSource}`);
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
 * @throws {TypeError} when `options` is not an object, has a key other than `source` (own, not
 * inherited), or `source` is missing or not a string.
 * @throws {RangeError} when `source` is not an `http:` or `https:` URL or a URN without a fragment,
 * written with the characters an IRI allows (`javascript:` and `data:` IRIs are refused).
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
