/** Reads the files of `data/`, checking each record against its strict schema. */
import { readFileSync } from 'node:fs';
import { dataFileSchemas } from '../../src/generated/data-schemas.js';
import type { StoredData } from '../../src/loaders/load-collections.js';

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
      if (issue.code === 'unrecognized_keys') return `${where}: undeclared key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}${issue.path.length ? ` in ${issue.path.join('.')}` : ''}`;
      return `${where}: key ${issue.path.join('.') || '(record)'}: ${issue.message}`;
    });
  });
}

/** Reads and checks every file of `data/`; throws with every problem found. */
export function readStoredData(dataDir: URL): StoredData {
  const errors: string[] = [];
  const read = (file: DataFileName): never => {
    const contents: unknown = JSON.parse(readFileSync(new URL(file, dataDir), 'utf8'));
    errors.push(...dataFileErrors(file, contents));
    return contents as never;
  };
  const stored: StoredData = {
    essay: read('essay.json'),
    blocks: read('blocks.json'),
    sections: read('sections.json'),
    citations: read('citations.json'),
    quotes: read('quotes.json'),
    references: read('references.json'),
    people: read('people.json'),
    places: read('places.json'),
    organisations: read('organisations.json'),
    mentions: read('mentions.json'),
    events: read('events.json'),
    caseStudies: read('case-studies.json'),
    caseStudyAssignments: read('event-case-studies.json'),
    claims: read('claims.json'),
    notes: read('notes.json'),
  };
  if (errors.length > 0) throw new TypeError(`data/ does not match its schemas:\n${errors.join('\n')}`);
  return stored;
}
