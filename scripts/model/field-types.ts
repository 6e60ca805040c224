/**
 * The small vocabulary the record shapes are written in (see `shapes.ts`). Each field type is a
 * plain value, so one description can be turned into TypeScript types, Zod schemas, the JSON
 * Schema of `essay.json` and the schemas of the files in `data/` (`scripts/generate.ts`).
 * Build-time only: nothing here ships in the package.
 *
 * @internal
 */
import type { collections } from './collections.js';

/** The id types of `src/generated/ids.ts`: one for each row of the table of collections that has ids. */
export type IdName = (typeof collections)[number] extends infer Row
  ? Row extends { readonly id: { readonly type: infer T extends string } }
    ? T
    : never
  : never;

/** A field's type. */
export type FieldType =
  | {
      readonly t: 'string';
      readonly min?: number;
      readonly max: number;
      readonly pattern?: { readonly source: string; readonly message: string };
      readonly url?: boolean;
    }
  | { readonly t: 'int'; readonly min?: number; readonly max?: number }
  | { readonly t: 'number'; readonly min?: number; readonly max?: number }
  | { readonly t: 'boolean' }
  | { readonly t: 'literal'; readonly values: readonly (string | number)[] }
  | { readonly t: 'enum'; readonly name: string; readonly except?: readonly string[] }
  | { readonly t: 'id'; readonly name: IdName; readonly except?: IdName }
  | { readonly t: 'paragraphNumber' }
  | { readonly t: 'ref'; readonly name: string }
  | { readonly t: 'array'; readonly of: FieldType; readonly min?: number; readonly max: number }
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

/**
 * The longest a string or a list may be, unless a field says otherwise: generous (the longest
 * paragraph is 1,705 characters; the longest list, the quotes, has 69 records), but enough for the
 * schemas to refuse an `essay.json` of 30,000 sections before any rule across records runs.
 */
export const limits = { text: 10_000, list: 2_000 } as const;

export const string = (options: { min?: number; max?: number; url?: boolean } = {}): FieldType => ({ t: 'string', max: limits.text, ...options });
/** A string of at least one character. */
export const text = (): FieldType => ({ t: 'string', min: 1, max: limits.text });
export const pattern = (source: string, message: string): FieldType => ({ t: 'string', min: 1, max: limits.text, pattern: { source, message } });
export const int = (options: { min?: number; max?: number } = {}): FieldType => ({ t: 'int', ...options });
export const number = (options: { min?: number; max?: number } = {}): FieldType => ({ t: 'number', ...options });
export const boolean = (): FieldType => ({ t: 'boolean' });
export const literal = (...values: (string | number)[]): FieldType => ({ t: 'literal', values });
export const enumOf = (name: string, except?: string[]): FieldType => (except ? { t: 'enum', name, except } : { t: 'enum', name });
export const id = (name: IdName, except?: IdName): FieldType => (except ? { t: 'id', name, except } : { t: 'id', name });
export const ref = (name: string): FieldType => ({ t: 'ref', name });
export const array = (of: FieldType, min?: number, max: number = limits.list): FieldType =>
  min === undefined ? { t: 'array', of, max } : { t: 'array', of, min, max };
export const nullable = (of: FieldType): FieldType => ({ t: 'nullable', of });
export const tuple = (...of: FieldType[]): FieldType => ({ t: 'tuple', of });

/** A lookup by id that a collection publishes (`getPerson`), and its TSDoc. */
export interface Lookup {
  readonly name: string;
  /** What is found, with its article: `a person`, `an in-text citation`. Makes the standard TSDoc. */
  readonly what: string;
  /** An id for the `@param` line, e.g. `khrushchev`. */
  readonly idExample: string;
  /** The line of the TSDoc example. */
  readonly example: string;
  /** The whole TSDoc, where the standard one does not say enough. */
  readonly doc?: string;
  /** Overloads for known ids, `[parameter type, record type]`, most specific first (default: the id type, the record). */
  readonly known?: readonly (readonly [string, string])[];
  /** The type of the parameter that any value may be passed as (default `string`). */
  readonly accepts?: string;
  /** Statements that run before the map is asked, e.g. for a paragraph number. */
  readonly before?: string;
}

/** Where the ids of a collection come from. */
export type IdSource =
  /** Read from the collection's own data file, one per record. */
  | { readonly from: 'own' }
  /** The ids of another collection that match a pattern (the paragraphs are blocks `p1` … `pN`). */
  | { readonly from: string; readonly pattern: string };

/**
 * One published collection: one row of the table every list of collections is generated from
 * (the id types, the data files read, the modules that ship, the exports, the lookups, the links
 * the integrity checks follow).
 */
export interface CollectionRow {
  /** The key in `essay.json` and the name of the export, e.g. `caseStudies`. */
  readonly name: string;
  /** The record shape of `shapes.ts`. */
  readonly shape: string;
  /** A list of records, or one record (`essay`). */
  readonly list: boolean;
  /** What one record is called in messages: `case study`. */
  readonly noun: string;
  /** The TSDoc of the collection's export. */
  readonly doc: string;
  /** The file of `data/` it is built from, if it has one of its own. */
  readonly dataFile?: string;
  /** Its id type (of `src/generated/ids.ts`), what an id names, and where the ids come from. */
  readonly id?: {
    readonly type: string;
    readonly doc: string;
    readonly source: IdSource;
    /** The TSDoc of its Zod schema, where `<doc>'s id.` does not read well. */
    readonly schemaDoc?: string;
  };
  /** The lookup by id it publishes. */
  readonly lookup?: Lookup;
  /**
   * Shipped as other modules put together, not as one module of its own: `blocks` is the
   * `paragraphs` and the other blocks, the same objects in both lists.
   */
  readonly composed?: boolean;
}

/** A file of `data/` that is read into the build but is not a collection of its own. */
export interface StoredOnlyRow {
  /** Its key in the data the loaders are given (`StoredData`). */
  readonly key: string;
  readonly file: string;
  readonly shape: string;
}
