/** Reads the files of `data/`, checking each record against its strict schema. */
import { readFileSync } from 'node:fs';
import { dataFileSchemas } from '../generated/data-schemas.js';
import type { StoredData } from '../generated/data-types.js';
import { dataFilesOf } from './collection-table.js';

type DataFileName = keyof typeof dataFileSchemas;

/** Where a record is: its index and, where it has one, its id. */
function recordName(record: unknown, index: number | null): string {
  const id = typeof record === 'object' && record !== null && 'id' in record ? ` (id ${JSON.stringify(record.id)})` : '';
  return index === null ? 'the record' : `record ${index}${id}`;
}

/**
 * What is wrong with the contents of one file of `data/`, one line per problem, naming the file,
 * the record and the key: an undeclared key, a missing one, a value of the wrong type or form.
 */
export function dataFileErrors(file: DataFileName, contents: unknown): string[] {
  const { schema, list } = dataFileSchemas[file];
  const records: unknown[] = list ? (Array.isArray(contents) ? contents : []) : [contents];
  if (list && !Array.isArray(contents)) return [`data/${file}: expected a list of records`];
  return records.flatMap((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const where = `data/${file}: ${recordName(record, list ? index : null)}`;
      if (issue.code === 'unrecognized_keys')
        return `${where}: undeclared key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}${issue.path.length ? ` in ${issue.path.join('.')}` : ''}`;
      return `${where}: key ${issue.path.join('.') || '(record)'}: ${issue.message}`;
    });
  });
}

/**
 * Reads and checks every file of `data/` that the table of collections declares; throws with every
 * problem found.
 */
export function readStoredData(dataDir: URL): StoredData {
  const errors: string[] = [];
  const stored: Record<string, unknown> = {};
  for (const { key, file } of dataFilesOf()) {
    const contents: unknown = JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));
    errors.push(...dataFileErrors(file as DataFileName, contents));
    stored[key] = contents;
  }
  if (errors.length > 0) throw new TypeError(`data/ does not match its schemas:\n${errors.join('\n')}`);
  // Each file has just been checked against the schema of its shape.
  return stored as unknown as StoredData;
}
