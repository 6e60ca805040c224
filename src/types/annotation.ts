/**
 * W3C Web Annotation `TextQuoteSelector`: the exact words, with about 32 characters of context on
 * each side (as annotation tools such as Hypothesis write it), more where that is not enough to
 * make prefix + exact + suffix occur once in the text.
 */
export interface TextQuoteSelector {
  /** Always `TextQuoteSelector`. */
  readonly type: 'TextQuoteSelector';
  /** The annotated text. */
  readonly exact: string;
  /** The 32 characters just before it (fewer at the start of the text; more where 32 are not unique). */
  readonly prefix: string;
  /** The 32 characters just after it (fewer at the end of the text; more where 32 are not unique). */
  readonly suffix: string;
}

/** W3C Web Annotation `TextPositionSelector`, counted in Unicode code points of the plain text. */
export interface TextPositionSelector {
  /** Always `TextPositionSelector`. */
  readonly type: 'TextPositionSelector';
  /** First code point, inclusive. */
  readonly start: number;
  /** After the last code point, exclusive. */
  readonly end: number;
}

/**
 * What a body does, as a W3C motivation: `describing` (a quote), `linking` (a citation's source),
 * `commenting` (an editorial note), `editing` (its correction), `identifying` (the entity a mention
 * names) or `classifying` (a note's kind, a mention's kind of entity).
 */
export type TextualBodyPurpose = 'describing' | 'linking' | 'commenting' | 'editing' | 'identifying' | 'classifying';

/** A W3C Web Annotation `TextualBody`. */
export interface TextualBody<P extends TextualBodyPurpose = TextualBodyPurpose> {
  /** Always `TextualBody`. */
  readonly type: 'TextualBody';
  /** What the body does. */
  readonly purpose: P;
  /** The text. */
  readonly value: string;
  /** Always `text/plain`. */
  readonly format: 'text/plain';
}

/** The target of every annotation: words of the essay's plain text, selected twice. */
export interface WebAnnotationTarget {
  /** The IRI the caller gave for the plain text. */
  readonly source: string;
  /** Two selectors for the same words. */
  readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
}

/** The shape every annotation shares, by motivation and body. */
export interface WebAnnotationOf<M extends string, B> {
  /**
   * The JSON-LD context of the Web Annotation Data Model. Each annotation of the array form has it;
   * the annotations inside an {@link AnnotationCollection} take the collection's.
   */
  readonly '@context'?: 'http://www.w3.org/ns/anno.jsonld';
  /**
   * The annotation's own IRI: `<annotationBase>/<key>` where an `annotationBase` is given,
   * otherwise a `urn:uuid:` (a name-based UUID of `<source>#<key>`, the same on every call). The
   * key is the quote, citation or note id, or `<entity id>.<block id>.<offset>` for a mention.
   */
  readonly id: string;
  /** Always `Annotation`. */
  readonly type: 'Annotation';
  /** Why the annotation was made. */
  readonly motivation: M;
  /** What the annotation says. */
  readonly body: B;
  /** The essay's plain text and where in it. */
  readonly target: WebAnnotationTarget;
}

/** A quote (motivation `describing`): its kind, speakers, source and pinpoint. */
export type QuoteAnnotation = WebAnnotationOf<'describing', TextualBody<'describing'>>;

/** A citation (motivation `linking`; no "quoting" motivation exists): the cited reference and pinpoint. */
export type CitationAnnotation = WebAnnotationOf<'linking', TextualBody<'linking'>>;

/**
 * An editorial note (motivation `commenting`): the note, its kind (`spelling`, `name`, `fact`,
 * `punctuation`, `citation`) and, where there is one, the correction.
 */
export type NoteAnnotation = WebAnnotationOf<
  'commenting',
  readonly [TextualBody<'commenting'>, TextualBody<'classifying'>] | readonly [TextualBody<'commenting'>, TextualBody<'classifying'>, TextualBody<'editing'>]
>;

/** A mention (motivation `identifying`): the preferred name of the entity named, and its kind (`person`, `place`, `organisation`). */
export type MentionAnnotation = WebAnnotationOf<'identifying', readonly [TextualBody<'identifying'>, TextualBody<'classifying'>]>;

/** One W3C Web Annotation of a quote, a citation, an editorial note or a mention, targeting the essay's plain text. */
export type WebAnnotation = QuoteAnnotation | CitationAnnotation | NoteAnnotation | MentionAnnotation;

/** What {@link WebAnnotationOptions.include} can ask for. */
export type WebAnnotationLayer = 'quotes' | 'citations' | 'notes' | 'mentions';

/** The one page of an {@link AnnotationCollection}, holding every annotation. */
export interface AnnotationPage {
  /** The page's own IRI: `<annotationBase>/page-1`, or a `urn:uuid:`. */
  readonly id: string;
  /** Always `AnnotationPage`. */
  readonly type: 'AnnotationPage';
  /** The collection's id. */
  readonly partOf: string;
  /** Always 0: the page holds the whole collection. */
  readonly startIndex: 0;
  /** The annotations, without their own `@context`. */
  readonly items: readonly WebAnnotation[];
}

/** A W3C `AnnotationCollection` of the annotations, in one page. */
export interface AnnotationCollection {
  /** The JSON-LD context of the Web Annotation Data Model. */
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld';
  /** The collection's IRI: the `annotationBase`, or a `urn:uuid:`. */
  readonly id: string;
  /** Always `AnnotationCollection`. */
  readonly type: 'AnnotationCollection';
  /** The essay's title. */
  readonly label: string;
  /** How many annotations. */
  readonly total: number;
  /** The one page, with every annotation. */
  readonly first: AnnotationPage;
  /** The id of the last page (the same page). */
  readonly last: string;
}

/** Options of {@link toWebAnnotations}. */
export interface WebAnnotationOptions {
  /**
   * The IRI at which {@link toPlainText}'s text is published: an `http:` or `https:` URL or a URN,
   * without a fragment, e.g. `https://example.org/essay.txt` or `urn:example:essay`.
   */
  readonly source: string;
  /**
   * The IRI under which the annotations are published (an `http:` or `https:` URL or a URN, no
   * fragment), e.g. `https://example.org/annotations`: each id is `<annotationBase>/<key>`
   * (`https://example.org/annotations/p1-q1`), the collection's is the base itself. Without it,
   * ids are `urn:uuid:`s derived from `source` and the key.
   */
  readonly annotationBase?: string;
  /** `true` for one {@link AnnotationCollection} instead of an array. Default `false`. */
  readonly collection?: boolean;
  /**
   * Which layers to annotate, any of `quotes`, `citations`, `notes` and `mentions`. Default
   * `['quotes', 'citations']`. The output always follows that order, whatever the order given.
   */
  readonly include?: readonly WebAnnotationLayer[];
}
