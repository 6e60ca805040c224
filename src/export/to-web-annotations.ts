import { formatLocator } from '../apparatus/format-locator.js';
import { formatReference } from '../apparatus/format-reference.js';
import { checkOptions, type OptionRule } from '../internal/check-options.js';
import { derivedOf, recordsById } from '../internal/derived-of.js';
import { describeValue } from '../internal/describe-value.js';
import { joinBlocks, separatorBetween } from '../text/internal/join-blocks.js';
import type { Block, Citation, EssayData, Note, Quote, Span } from '../types/index.js';
import type { AnnotationCollection, TextualBody, TextualBodyPurpose, WebAnnotation, WebAnnotationLayer, WebAnnotationOptions } from '../types/annotation.js';
import { checkData } from '../internal/check-data.js';
import { codePointsBefore } from './internal/code-points.js';
import { quoteContext } from './internal/quote-context.js';
import { urlUuid } from './internal/uuid-v5.js';

/** The collections {@link toWebAnnotations} reads. */
export type WebAnnotationData = Pick<EssayData, 'blocks' | 'quotes' | 'citations' | 'notes' | 'references' | 'people' | 'places' | 'organisations'>;

/** How messages name the call: options are checked alike for the root entry's form and this one. */
const caller = 'toWebAnnotations(options)';
const dataCaller = 'toWebAnnotations(data, options)';
const context = 'http://www.w3.org/ns/anno.jsonld';
const layers: readonly WebAnnotationLayer[] = ['quotes', 'citations', 'notes', 'mentions'];
const expectedIri = 'an http or https URL or a URN, without a fragment, e.g. "https://example.org/essay.txt"';
const expectedLayers = 'a non-empty array of "quotes", "citations", "notes", "mentions", each at most once';

/**
 * What is wrong with an IRI option, or `undefined`: it must be an `http:` or `https:` URL with a
 * host, or a URN (`urn:<nid>:<nss>`), with no fragment and only characters an IRI may hold (no
 * spaces, control characters, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`, lone surrogates or
 * a `%` that does not start an escape). Other schemes (`javascript:`, `data:`, `file:`) are refused:
 * annotation tools render these IRIs as links.
 */
function iriProblem(name: string, iri: string): string | undefined {
  const problem = `expected ${name} to be ${expectedIri}, got ${describeValue(iri)}`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among what an IRI may not hold
  if (/[\u0000-\u0020"<>\\^`{|}\u007f-\u009f#]|%(?![0-9A-Fa-f]{2})|\p{Cs}/u.test(iri)) return problem;
  if (/^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:./.test(iri)) return undefined;
  if (!/^https?:\/\/[^/?]/.test(iri)) return problem;
  try {
    return new URL(iri).hostname === '' ? problem : undefined;
  } catch {
    return problem;
  }
}

function layersProblem(list: readonly unknown[]): string | undefined {
  const known = list.every((layer) => layers.includes(layer as WebAnnotationLayer));
  return known && list.length > 0 && new Set(list).size === list.length ? undefined : `expected include to be ${expectedLayers}, got ${describeValue(list)}`;
}

const optionRules: Readonly<Record<keyof WebAnnotationOptions, OptionRule>> = {
  source: { types: ['string'], expected: expectedIri, check: (iri: string) => iriProblem('source', iri) },
  annotationBase: { types: ['string'], expected: expectedIri, check: (iri: string) => iriProblem('annotationBase', iri) },
  collection: { types: ['boolean'], expected: 'a boolean' },
  include: { types: ['array'], expected: expectedLayers, check: layersProblem },
};

function optionsOf(options: unknown): Readonly<Partial<WebAnnotationOptions>> & { readonly source: string } {
  if (options === undefined) throw new TypeError(`${caller}: expected options to be an object with source, ${expectedIri}`);
  const checked = checkOptions<WebAnnotationOptions>(caller, options, optionRules);
  if (checked.source === undefined) throw new TypeError(`${caller}: expected source to be ${expectedIri}`);
  return checked as Readonly<Partial<WebAnnotationOptions>> & { readonly source: string };
}

/** The plain text of some blocks, where each block starts in it, and its code-point counts. */
const plainTextOf = /* @__PURE__ */ derivedOf((blocks: readonly Block[]) => {
  const starts = new Map<string, { readonly at: number; readonly length: number }>();
  let at = 0;
  blocks.forEach((block, i) => {
    if (i > 0) at += separatorBetween(blocks[i - 1]!, block).length;
    starts.set(block.id, { at, length: block.text.length });
    at += block.text.length;
  });
  const text = joinBlocks(blocks);
  return { text, starts, codePoints: codePointsBefore(text), contexts: new Map<string, { readonly prefix: string; readonly suffix: string }>() };
});

/** The most selector contexts kept for one text (one per annotated span of it; the edition has a few hundred). */
const mostContexts = 10_000;

/**
 * The prefix and suffix around `start`…`end` of a text made by {@link plainTextOf}: each is found by
 * searching the whole text for a context that occurs once, so for the package's frozen blocks each
 * span's is found once and kept with the text (strings: nothing a caller holds can change them).
 */
function contextIn(plain: ReturnType<typeof plainTextOf>, start: number, end: number): { readonly prefix: string; readonly suffix: string } {
  const key = `${start}:${end}`;
  let context = plain.contexts.get(key);
  if (context === undefined) {
    context = quoteContext(plain.text, start, end);
    if (plain.contexts.size < mostContexts) plain.contexts.set(key, context);
  }
  return context;
}

/** Each reference's Chicago author-date label, made on first use: once per frozen list of references. */
const referenceLabels = /* @__PURE__ */ derivedOf((_references: EssayData['references']) => new Map<string, string>());

function body<P extends TextualBodyPurpose>(purpose: P, value: string): TextualBody<P> {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/** One layer's annotations: the key of each (its id), its words, and what the annotation says. */
interface Draft {
  readonly key: string;
  readonly span: Span;
  readonly motivation: WebAnnotation['motivation'];
  readonly body: WebAnnotation['body'];
}

function drafts(data: WebAnnotationData, include: readonly WebAnnotationLayer[]): Draft[] {
  const labels = referenceLabels(data.references);
  const reference = (id: string) => {
    const known = labels.get(id);
    if (known !== undefined) return known;
    const record = recordsById(data.references).get(id);
    if (!record) throw new RangeError(`${dataCaller}: reference ${describeValue(id)} is not in data.references`);
    const label = formatReference(data, record, 'chicago-author-date');
    labels.set(id, label);
    return label;
  };
  const describeQuote = (quote: Quote) => {
    const people = recordsById(data.people);
    const speakers = quote.speakerIds.map((id) => people.get(id)?.name ?? id);
    const parts = [quote.kind === 'quotation' ? 'Quotation' : quote.kind === 'term' ? 'Term' : 'Title'];
    if (speakers.length) parts.push(`spoken or written by ${speakers.join(' and ')}`);
    if (quote.referenceId) parts.push(`source: ${reference(quote.referenceId)}`);
    if (quote.locator) parts.push(formatLocator(quote.locator));
    return parts.join('; ');
  };
  const describeCitation = (citation: Citation) =>
    citation.locator ? `${reference(citation.referenceId)} ${formatLocator(citation.locator)}` : reference(citation.referenceId);
  const noteBody = (note: Note): WebAnnotation['body'] =>
    note.correction === null
      ? [body('commenting', note.note), body('classifying', note.kind)]
      : [body('commenting', note.note), body('classifying', note.kind), body('editing', note.correction)];
  const of: Record<WebAnnotationLayer, () => Draft[]> = {
    quotes: () => data.quotes.map((quote) => ({ key: quote.id, span: quote, motivation: 'describing', body: body('describing', describeQuote(quote)) })),
    citations: () =>
      data.citations.map((citation) => ({ key: citation.id, span: citation, motivation: 'linking', body: body('linking', describeCitation(citation)) })),
    notes: () => data.notes.map((note) => ({ key: note.id, span: note, motivation: 'commenting', body: noteBody(note) })),
    mentions: () => mentionDrafts(data),
  };
  return layers.filter((layer) => include.includes(layer)).flatMap((layer) => of[layer]());
}

/** Every mention of a person, place or organisation, in reading order. */
function mentionDrafts(data: WebAnnotationData): Draft[] {
  const kinds = { people: 'person', places: 'place', organisations: 'organisation' } as const;
  const blockIndex = new Map(data.blocks.map((block, i) => [block.id as string, i]));
  const order = ({ span }: Draft) => [blockIndex.get(span.blockId) ?? -1, span.start, span.end] as const;
  const byReading = (a: Draft, b: Draft) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a.key < b.key ? -1 : 1);
  };
  const drafts = (Object.keys(kinds) as (keyof typeof kinds)[]).flatMap((collection) =>
    data[collection].flatMap((entity) =>
      entity.mentions.map(
        (mention): Draft => ({
          key: `${entity.id}.${mention.blockId}.${mention.start}`,
          span: mention,
          motivation: 'identifying',
          body: [body('identifying', entity.name), body('classifying', kinds[collection])],
        }),
      ),
    ),
  );
  return drafts.sort(byReading);
}

/**
 * W3C Web Annotations of some edition data, each targeting its words in the plain text by a
 * `TextQuoteSelector` and a `TextPositionSelector` (code points); the data-first form of the root
 * entry's `toWebAnnotations(options)`. Reads `blocks` (for the plain text), the layers it
 * annotates, `references` (for citations and quote sources) and `people` (for speakers).
 *
 * @param data - The collections it reads (an `EssayData`, or a fixture with these arrays).
 * @param options - `source` (required), `annotationBase`, `collection`, `include`, as for the root entry's form.
 * @returns A fresh array in reading order per layer (quotes, then citations, notes, mentions), or
 * with `collection: true` one `AnnotationCollection`.
 *
 * @throws {TypeError} when `data` lacks one of the arrays, or an option is unknown, inherited or of the wrong type.
 * @throws {RangeError} when an IRI option is not an http(s) URL or URN without a fragment, `include`
 * names an unknown layer, or a span's block or a citation's reference is not in `data`.
 *
 * @example
 * ```ts
 * import { blocks, citations, notes, organisations, people, places, quotes, references } from 'destalinisation-essay';
 * import { toWebAnnotations } from 'destalinisation-essay/edition';
 * const data = { blocks, quotes, citations, notes, references, people, places, organisations };
 * toWebAnnotations(data, { source: 'https://example.org/essay.txt', include: ['notes'] }).length; // 69
 * ```
 */
export function toWebAnnotations(data: WebAnnotationData, options: WebAnnotationOptions & { readonly collection: true }): AnnotationCollection;
export function toWebAnnotations(data: WebAnnotationData, options: WebAnnotationOptions & { readonly collection?: false }): WebAnnotation[];
export function toWebAnnotations(data: WebAnnotationData, options: WebAnnotationOptions): WebAnnotation[] | AnnotationCollection;
export function toWebAnnotations(data: WebAnnotationData, options: WebAnnotationOptions): WebAnnotation[] | AnnotationCollection {
  const { source, annotationBase, collection = false, include = ['quotes', 'citations'] } = optionsOf(options);
  const mentions = include.includes('mentions') ? (['places', 'organisations'] as const) : [];
  checkData(dataCaller, data, [
    'blocks',
    ...(['quotes', 'citations', 'notes'] as const).filter((layer) => include.includes(layer)),
    'references',
    'people',
    ...mentions,
  ]);
  const base = annotationBase?.replace(/\/+$/, '');
  const iriFor = (key: string) => (base === undefined ? urlUuid(`${source}#${key}`) : `${base}/${key}`);
  const plain = plainTextOf(data.blocks);
  const { text, starts, codePoints } = plain;
  const annotations = drafts(data, include).map(({ key, span, motivation, body: what }): WebAnnotation => {
    const block = starts.get(span.blockId);
    if (block === undefined) throw new RangeError(`${dataCaller}: ${key} is on block ${describeValue(span.blockId)}, which is not in data.blocks`);
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= block.length)) {
      throw new RangeError(`${dataCaller}: ${key} has offsets ${span.start} to ${span.end}, outside block ${span.blockId} (0 to ${block.length})`);
    }
    const start = block.at + span.start;
    const end = block.at + span.end;
    const { prefix, suffix } = contextIn(plain, start, end);
    return {
      ...(collection ? {} : { '@context': context }),
      id: iriFor(key),
      type: 'Annotation',
      motivation,
      body: what,
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix, suffix },
          { type: 'TextPositionSelector', start: codePoints[start]!, end: codePoints[end]! },
        ],
      },
    } as WebAnnotation;
  });
  if (!collection) return annotations;
  const id = base ?? urlUuid(`${source}#annotations`);
  const pageId = iriFor('page-1');
  const title = data.blocks.find((block) => block.kind === 'title')?.text ?? '';
  return {
    '@context': context,
    id,
    type: 'AnnotationCollection',
    label: title,
    total: annotations.length,
    first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items: annotations },
    last: pageId,
  };
}
