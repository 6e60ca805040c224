/** The rules {@link checkIntegrity} applies, one name each. */
export type IntegrityRule =
  | 'id'
  | 'reference'
  | 'span'
  | 'paragraph'
  | 'outline'
  | 'argument'
  | 'locator'
  | 'citation'
  | 'date'
  | 'url'
  | 'note'
  | 'case-study'
  | 'printed'
  | 'mention'
  | 'coordinates'
  | 'speaker'
  | 'within';

/** A path into the data, as Zod writes it: `['quotes', 4, 'speakerIds', 0]`. */
export type IntegrityPath = readonly (string | number)[];

/** One broken rule: where (`path`), which (`rule`), and what is wrong, naming the record (`message`). */
export interface IntegrityIssue {
  /** Where in the data: collection, index, field, … */
  readonly path: IntegrityPath;
  /** The rule broken. */
  readonly rule: IntegrityRule;
  /** What is wrong, naming the record by its id. */
  readonly message: string;
}

/** Collects issues. */
export type Report = (path: IntegrityPath, rule: IntegrityRule, message: string) => void;
