import { describeValue } from '../internal/describe-value.js';
import type { EssayData } from '../types/index.js';

/** Every collection of `essay.json` that the integrity rules read. */
const collections = [
  'blocks',
  'paragraphs',
  'sections',
  'quotes',
  'citations',
  'references',
  'people',
  'places',
  'organisations',
  'events',
  'caseStudies',
  'claims',
  'notes',
] as const;

const isRecord = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Throws a `TypeError` saying what is missing when `data` is not an object with the essay record and
 * every collection of `essay.json` as an array of records: the rules then read fields without
 * crashing on a missing collection. The records' own fields are `EssayDataShapeSchema`'s to check.
 */
export function assertEssayData(data: unknown): asserts data is EssayData {
  const caller = 'checkIntegrity(data)';
  if (!isRecord(data)) throw new TypeError(`${caller}: expected the data of essay.json, an object, got ${describeValue(data)}`);
  const fields = data as Readonly<Record<string, unknown>>;
  const missing = ['essay', ...collections].filter((name) => fields[name] === undefined);
  if (missing.length > 0) throw new TypeError(`${caller}: expected the data of essay.json; missing ${missing.join(', ')}`);
  if (!isRecord(fields['essay'])) throw new TypeError(`${caller}: expected essay to be the essay's record, an object, got ${describeValue(fields['essay'])}`);
  for (const name of collections) {
    const records = fields[name];
    if (!Array.isArray(records)) throw new TypeError(`${caller}: expected ${name} to be an array of records, got ${describeValue(records)}`);
    const index = records.findIndex((record) => !isRecord(record));
    if (index !== -1) throw new TypeError(`${caller}: expected ${name}.${index} to be a record, an object, got ${describeValue(records[index])}`);
  }
}
