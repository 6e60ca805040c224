/**
 * What `npm run generate` checks before it writes anything: that the model and the table of
 * collections agree. Each problem is one line naming the collection, or the shape and the field.
 */
import type { FieldType, Shape } from '../model/field-types.js';
import type { KeyedDataFile, Model } from './collection-table.js';
import { namesIn } from './field-type-walk.js';

const idNames = (type: FieldType): readonly string[] => (type.t === 'id' ? (type.except ? [type.name, type.except] : [type.name]) : []);
const refNames = (type: FieldType): readonly string[] => (type.t === 'ref' ? [type.name] : []);

/** Every problem of the model, one line each; empty when the generator can run. */
export function modelProblems(m: Model): string[] {
  const problems: string[] = [];
  const shapes = new Map([...m.shapes, ...m.dataOnlyShapes].map((shape) => [shape.name, shape]));
  const published = new Set(m.shapes.map((shape) => shape.name));
  const rows = new Map(m.collections.map((row) => [row.name, row]));
  const idTypes = new Set(m.collections.flatMap((row) => (row.id ? [row.id.type] : [])));

  for (const row of m.collections) {
    const where = `collection ${row.name}`;
    if (!published.has(row.shape)) problems.push(`${where}: its shape ${row.shape} is not a published shape of scripts/model/shapes.ts`);
    if (row.id !== undefined) {
      const { type, source } = row.id;
      if (source.from === 'own' && row.dataFile === undefined)
        problems.push(`${where}: id type ${type} has no source of ids: the collection has no data file to read them from`);
      if (source.from !== 'own') {
        const from = rows.get(source.from);
        if (from === undefined || from.dataFile === undefined)
          problems.push(`${where}: id type ${type} has no source of ids: ${source.from} is not a collection with a data file`);
      }
    }
    if (row.lookup !== undefined && row.id === undefined) problems.push(`${where}: lookup ${row.lookup.name} needs an id type`);
  }
  for (const row of m.storedOnly) if (!shapes.has(row.shape)) problems.push(`data file ${row.file}: its shape ${row.shape} is not in scripts/model/shapes.ts`);
  const files = [...m.collections.flatMap((row) => (row.dataFile ? [row.dataFile] : [])), ...m.storedOnly.map((row) => row.file)];
  for (const file of new Set(files.filter((file, i) => files.indexOf(file) !== i))) problems.push(`data file ${file}: declared twice`);
  for (const name of new Set(m.collections.map((row) => row.name).filter((name, i, all) => all.indexOf(name) !== i)))
    problems.push(`collection ${name}: declared twice`);
  const order = [...m.bundleOrder].sort().join();
  if (
    order !==
    m.collections
      .map((row) => row.name)
      .sort()
      .join()
  )
    problems.push(`bundleOrder must name every collection once: it names ${m.bundleOrder.join(', ')}`);

  const whole = m.shapes.find((shape) => shape.name === 'EssayData');
  const fields = whole?.kind === 'record' ? Object.keys(whole.fields).filter((key) => key !== 'version') : [];
  for (const row of m.collections) if (!fields.includes(row.name)) problems.push(`collection ${row.name}: not a field of the EssayData shape`);
  for (const key of fields) if (!rows.has(key)) problems.push(`shape EssayData, field ${key}: no collection of the table is called so`);
  for (const shape of m.shapes) problems.push(...shapeProblems(shape, shapes, idTypes, true));
  for (const shape of m.dataOnlyShapes) problems.push(...shapeProblems(shape, shapes, idTypes, false));
  return problems;
}

function shapeProblems(shape: Shape, shapes: ReadonlyMap<string, Shape>, idTypes: ReadonlySet<string>, isPublished: boolean): string[] {
  const problems: string[] = [];
  const known = (name: string): boolean => shapes.has(name);
  if (shape.kind === 'union') for (const member of shape.members) if (!known(member)) problems.push(`shape ${shape.name}: member ${member} is not a shape`);
  if (shape.kind === 'alias' && !known(shape.of)) problems.push(`shape ${shape.name}: ${shape.of} is not a shape`);
  if (shape.kind !== 'record') return problems;
  if (shape.extends !== undefined && !known(shape.extends)) problems.push(`shape ${shape.name}: extends ${shape.extends}, which is not a shape`);
  for (const [key, field] of Object.entries(shape.fields)) {
    const where = `shape ${shape.name}, field ${key}`;
    if (field.optional && isPublished) problems.push(`${where}: optional, but a published record never leaves out a key (make it nullable)`);
    for (const type of [field.type, ...(field.stored ? [field.stored] : [])]) {
      for (const name of namesIn(type, idNames))
        if (!idTypes.has(name)) problems.push(`${where}: a link to ${name}, which is the id type of no collection in the table`);
      for (const name of namesIn(type, refNames)) if (!known(name)) problems.push(`${where}: refers to ${name}, which is not a shape`);
    }
  }
  return problems;
}

/** The data, watched: which of its keys have been read so far. */
export function watchReads<T extends object>(stored: T): [T, ReadonlySet<string>] {
  const read = new Set<string>();
  const watched = new Proxy(stored, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return [watched, read];
}

/** The data files that the table declares but the loaders never read (see {@link watchReads}). */
export function unreadDataFiles(files: readonly KeyedDataFile[], read: ReadonlySet<string>): string[] {
  return files
    .filter(({ key }) => !read.has(key))
    .map(({ key, file }) => `data file ${file} (${key}): declared in the table of collections, but the loaders never read it`);
}

/** Thrown with every problem found, so that `npm run generate` stops before it writes. */
export class ModelError extends Error {
  constructor(problems: readonly string[]) {
    super(`the model cannot be generated:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ModelError';
  }
}
