/**
 * The small vocabulary the record shapes are written in (see `shapes.ts`). Each field type is a
 * plain value, so one description can be turned into TypeScript types, Zod schemas, the JSON
 * Schema of `essay.json` and the schemas of the files in `data/` (`scripts/generate.ts`).
 * Build-time only: nothing here ships in the package.
 *
 * @internal
 */

/** The id types of `src/generated/ids.ts`. */
export type IdName =
  | 'BlockId'
  | 'ParagraphId'
  | 'SectionId'
  | 'QuoteId'
  | 'CitationId'
  | 'ReferenceId'
  | 'PersonId'
  | 'PlaceId'
  | 'OrganisationId'
  | 'EventId'
  | 'CaseStudyId'
  | 'ClaimId'
  | 'NoteId';

/** A field's type. */
export type FieldType =
  | { readonly t: 'string'; readonly min?: number; readonly pattern?: { readonly source: string; readonly message: string }; readonly url?: boolean }
  | { readonly t: 'int'; readonly min?: number; readonly max?: number }
  | { readonly t: 'number'; readonly min?: number; readonly max?: number }
  | { readonly t: 'boolean' }
  | { readonly t: 'literal'; readonly values: readonly (string | number)[] }
  | { readonly t: 'enum'; readonly name: string; readonly except?: readonly string[] }
  | { readonly t: 'id'; readonly name: IdName; readonly except?: IdName }
  | { readonly t: 'paragraphNumber' }
  | { readonly t: 'ref'; readonly name: string }
  | { readonly t: 'array'; readonly of: FieldType; readonly min?: number }
  | { readonly t: 'nullable'; readonly of: FieldType }
  | { readonly t: 'tuple'; readonly of: readonly FieldType[] };

/** How a field is kept in `data/`. */
export type Storage =
  /** Stored as it is published. */
  | 'stored'
  /** Not stored: the build derives it (offsets, numbers, resolved references). */
  | 'derived';

/** One field of a record. */
export interface Field {
  readonly type: FieldType;
  /** The TSDoc of the field. */
  readonly doc: string;
  /** How the field is kept in `data/` (default `'stored'`). */
  readonly storage?: Storage;
  /** The field's type in `data/` where it differs from the published one. */
  readonly stored?: FieldType;
  /** In a shape of `data/` only: the key may be left out. Published records never leave out a key. */
  readonly optional?: boolean;
}

/** A record shape: an interface, a Zod schema and a `$defs` entry of `essay.schema.json`. */
export interface RecordShape {
  readonly kind: 'record';
  readonly name: string;
  readonly doc: string;
  /** A shape whose fields come first (`Quote` extends `Span`). */
  readonly extends?: string;
  /** The name of the generated Zod schema, where it is not the shape's name plus `Schema`. */
  readonly schemaName?: string;
  /** The TSDoc of the generated Zod schema, where it says more than which shape it checks. */
  readonly schemaDoc?: string;
  /** Own fields that come before the inherited ones (default: `id`, where there is one). */
  readonly first?: readonly string[];
  /** Not exported as a Zod schema (a shape that only groups fields, like `NamedEntity`). */
  readonly abstract?: boolean;
  readonly fields: Readonly<Record<string, Field>>;
}

/** A union of records told apart by one field. */
export interface UnionShape {
  readonly kind: 'union';
  readonly name: string;
  readonly doc: string;
  readonly discriminator: string;
  readonly members: readonly string[];
}

/** Another name for a shape. */
export interface AliasShape {
  readonly kind: 'alias';
  readonly name: string;
  readonly doc: string;
  readonly of: string;
}

/** A literal union with its values in order. */
export interface EnumShape {
  readonly kind: 'enum';
  readonly name: string;
  readonly doc: string;
  readonly values: readonly string[];
  /** The name of a published array of the values, if there is one. */
  readonly list?: { readonly name: string; readonly doc: string };
}

export type Shape = RecordShape | UnionShape | AliasShape | EnumShape;

/** A file of `data/`: which shape it stores, and whether it holds one record or a list. */
export interface DataFile {
  readonly file: string;
  readonly shape: string;
  readonly list: boolean;
}

export const string = (options: { min?: number; url?: boolean } = {}): FieldType => ({ t: 'string', ...options });
/** A string of at least one character. */
export const text = (): FieldType => ({ t: 'string', min: 1 });
export const pattern = (source: string, message: string): FieldType => ({ t: 'string', min: 1, pattern: { source, message } });
export const int = (options: { min?: number; max?: number } = {}): FieldType => ({ t: 'int', ...options });
export const number = (options: { min?: number; max?: number } = {}): FieldType => ({ t: 'number', ...options });
export const boolean = (): FieldType => ({ t: 'boolean' });
export const literal = (...values: (string | number)[]): FieldType => ({ t: 'literal', values });
export const enumOf = (name: string, except?: string[]): FieldType => (except ? { t: 'enum', name, except } : { t: 'enum', name });
export const id = (name: IdName, except?: IdName): FieldType => (except ? { t: 'id', name, except } : { t: 'id', name });
export const ref = (name: string): FieldType => ({ t: 'ref', name });
export const array = (of: FieldType, min?: number): FieldType => (min === undefined ? { t: 'array', of } : { t: 'array', of, min });
export const nullable = (of: FieldType): FieldType => ({ t: 'nullable', of });
export const tuple = (...of: FieldType[]): FieldType => ({ t: 'tuple', of });
