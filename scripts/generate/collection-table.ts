/**
 * The lists derived from the table of collections (`scripts/model/collections.ts`) and the
 * shapes: the files of `data/`, the id types and where their ids come from, and every link from a
 * published record to another.
 */
import { bundleOrder, collections, storedOnly } from '../model/collections.js';
import type { CollectionRow, DataFile, FieldType, Shape, StoredOnlyRow } from '../model/field-types.js';
import { dataOnlyShapes, shapes } from '../model/shapes.js';

/** Everything the generator is given: the shapes and the table. A broken copy makes a test fixture. */
export interface Model {
  readonly shapes: readonly Shape[];
  readonly dataOnlyShapes: readonly Shape[];
  readonly collections: readonly CollectionRow[];
  readonly storedOnly: readonly StoredOnlyRow[];
  readonly bundleOrder: readonly string[];
}

/** The package's own model. */
export const model: Model = { shapes, dataOnlyShapes, collections, storedOnly, bundleOrder };

/** A file of `data/`, with its key in the data the loaders are given (`StoredData`). */
export interface KeyedDataFile extends DataFile {
  readonly key: string;
}

/** Every file of `data/` the build reads: each collection's own, then the files that are not collections. */
export function dataFilesOf(m: Model = model): KeyedDataFile[] {
  return [
    ...m.collections.flatMap((row) => (row.dataFile === undefined ? [] : [{ key: row.name, file: row.dataFile, shape: row.shape, list: row.list }])),
    ...m.storedOnly.map((row) => ({ key: row.key, file: row.file, shape: row.shape, list: true })),
  ];
}

/** One id type: its name, its list in `ids.ts`, what it names, and the data file its ids are read from. */
export interface IdTypeRow {
  readonly type: string;
  readonly list: string;
  readonly doc: string;
  readonly schemaDoc: string;
  readonly collection: string;
  readonly file: string;
  /** Only the ids of the file that match this, for ids taken from another collection. */
  readonly pattern?: string;
}

const camel = (name: string): string => name[0]!.toLowerCase() + name.slice(1);

/** The id types, those read from a collection's own file first, in the order of the table. */
export function idTypesOf(m: Model = model): IdTypeRow[] {
  const rows = m.collections.filter((row) => row.id !== undefined);
  const own = rows.filter((row) => row.id!.source.from === 'own');
  const taken = rows.filter((row) => row.id!.source.from !== 'own');
  return [...own, ...taken].map((row) => {
    const id = row.id!;
    const source = id.source.from === 'own' ? row : m.collections.find((other) => other.name === id.source.from);
    const cap = `${id.doc[0]!.toUpperCase()}${id.doc.slice(1)}`;
    return {
      type: id.type,
      list: `${camel(id.type.replace(/Id$/, ''))}Ids`,
      doc: id.doc,
      schemaDoc: id.schemaDoc ?? `${cap}'s id.`,
      collection: row.name,
      file: source?.dataFile ?? '',
      ...('pattern' in id.source ? { pattern: id.source.pattern } : {}),
    };
  });
}

/** The collection whose records an id type names: where its ids come from. */
export function targetOf(type: string, m: Model = model): string | undefined {
  const row = m.collections.find((r) => r.id?.type === type);
  if (row === undefined) return undefined;
  return row.id!.source.from === 'own' ? row.name : row.id!.source.from;
}

/** One link: in records of `collection`, the ids at `path` (`*` for every item of a list) name records of `target`. */
export type IdLink = readonly [collection: string, path: readonly string[], target: string];

/** The id types a field type names, with the path to each inside the value (`*` for list items). */
function idsIn(type: FieldType, byName: ReadonlyMap<string, Shape>, path: readonly string[]): [string[], string][] {
  switch (type.t) {
    case 'id':
      return [[[...path], type.name]];
    case 'array':
      return idsIn(type.of, byName, [...path, '*']);
    case 'nullable':
      return idsIn(type.of, byName, path);
    case 'tuple':
      return type.of.flatMap((of, i) => idsIn(of, byName, [...path, String(i)]));
    case 'ref':
      return idsInShape(type.name, byName, path);
    default:
      return [];
  }
}

/** Every field of a record, its base's first. */
function fieldsOf(shape: Shape, byName: ReadonlyMap<string, Shape>): [string, FieldType][] {
  if (shape.kind !== 'record') return [];
  const base = shape.extends === undefined ? [] : fieldsOf(byName.get(shape.extends)!, byName);
  return [...base, ...Object.entries(shape.fields).map(([key, field]): [string, FieldType] => [key, field.type])];
}

function idsInShape(name: string, byName: ReadonlyMap<string, Shape>, path: readonly string[]): [string[], string][] {
  const shape = byName.get(name);
  if (shape === undefined) return [];
  if (shape.kind === 'alias') return idsInShape(shape.of, byName, path);
  if (shape.kind === 'union') return shape.members.flatMap((member) => idsInShape(member, byName, path));
  return fieldsOf(shape, byName).flatMap(([key, type]) => idsIn(type, byName, [...path, key]));
}

/**
 * Every id link of the published records, read from the shapes: each collection in the order of
 * the table, each link in the order of the fields. A record's own `id` is not a link, unless its
 * ids are those of another collection (a paragraph's id names a block).
 */
export function idLinksOf(m: Model = model): IdLink[] {
  const byName = new Map(m.shapes.map((shape) => [shape.name, shape]));
  const links: IdLink[] = [];
  for (const row of m.collections) {
    const seen = new Set<string>();
    for (const [path, type] of idsInShape(row.shape, byName, [])) {
      const target = targetOf(type, m) ?? `?${type}`;
      if (path.length === 1 && path[0] === 'id' && target === row.name) continue;
      const key = `${path.join('.')} ${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      links.push([row.name, path, target]);
    }
  }
  return links;
}
