/** W3C Web Annotation `TextQuoteSelector`: the exact words, with enough context to be unique. */
export interface TextQuoteSelector {
  /** Always `TextQuoteSelector`. */
  readonly type: 'TextQuoteSelector';
  /** The annotated text. */
  readonly exact: string;
  /** Text just before it (as little as makes prefix + exact + suffix unique). */
  readonly prefix: string;
  /** Text just after it. */
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

/** A W3C Web Annotation `TextualBody`. */
export interface TextualBody {
  /** Always `TextualBody`. */
  readonly type: 'TextualBody';
  /** What the body does: `describing` for quotes, `linking` for citations. */
  readonly purpose: 'describing' | 'linking';
  /** The text. */
  readonly value: string;
  /** Always `text/plain`. */
  readonly format: 'text/plain';
}

/** One W3C Web Annotation of a quote or a citation, targeting the essay's plain text. */
export interface WebAnnotation {
  /** The JSON-LD context of the Web Annotation Data Model. */
  readonly '@context': 'http://www.w3.org/ns/anno.jsonld';
  /** `<source>#<quote or citation id>`. */
  readonly id: string;
  /** Always `Annotation`. */
  readonly type: 'Annotation';
  /** `describing` for a quote, `linking` for a citation (no "quoting" motivation exists). */
  readonly motivation: 'describing' | 'linking';
  /** What the annotation says: the quote's kind, speakers and source, or the cited reference. */
  readonly body: TextualBody;
  /** The essay's plain text and where in it. */
  readonly target: {
    /** The IRI the caller gave for the plain text. */
    readonly source: string;
    /** Two selectors for the same words. */
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
  };
}

/** Options of {@link toWebAnnotations}. */
export interface WebAnnotationOptions {
  /**
   * The IRI at which {@link toPlainText}'s text is published: an `http:` or `https:` URL or a URN,
   * without a fragment, e.g. `https://example.org/essay.txt` or `urn:example:essay`.
   */
  readonly source: string;
}
