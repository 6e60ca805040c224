/**
 * The reference and id rules of `checkIntegrity` follow the links and collections read from the
 * model: each link, broken in a copy of the data, is reported where it is broken, and each
 * collection with ids of its own is checked for duplicates.
 */
import { describe, expect, it } from 'vitest';
import { essayData } from '../scripts/essay-json.js';
import { idLinks, ownIdCollections, recordNouns } from '../src/generated/collection-table.js';
import { checkIntegrity } from '../src/integrity/check-integrity.js';
import type { EssayData } from '../src/types/index.js';

type Json = Record<string | number, unknown>;

/** Where the value at `path` (`*` for every item) is first not null, inside `value`, and the record it is in. */
function firstAt(value: unknown, path: readonly string[], at: (string | number)[] = []): (string | number)[] | undefined {
  if (path.length === 0) return value === null || value === undefined ? undefined : at;
  if (value === null || typeof value !== 'object') return undefined;
  const [step, ...rest] = path as [string, ...string[]];
  if (step !== '*') return firstAt((value as Json)[step], rest, [...at, step]);
  const items = value as unknown[];
  for (let i = 0; i < items.length; i++) {
    const found = firstAt(items[i], rest, [...at, i]);
    if (found) return found;
  }
  return undefined;
}

function setAt(data: unknown, path: readonly (string | number)[], value: unknown): void {
  const last = path.at(-1)!;
  const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Json)[step], data);
  (parent as Json)[last] = value;
}

// Through JSON, as essay.json is read: each paragraph is then its own object, apart from its block.
const fresh = (): EssayData => JSON.parse(JSON.stringify(essayData())) as EssayData;

describe('integrity: the links of the model', () => {
  it('the package data breaks none of them', () => {
    expect(checkIntegrity(essayData()).filter((issue) => issue.rule === 'reference' || issue.rule === 'id')).toEqual([]);
  });

  for (const [collection, path, target] of idLinks) {
    it(`a broken ${collection}.${path.join('.')} (naming ${target}) is reported there`, () => {
      const data = fresh();
      const records: unknown = data[collection];
      const within = Array.isArray(records) ? firstAt(records, ['*', ...path]) : firstAt(records, path);
      expect(within, 'the data has such a link').toBeDefined();
      const where = [collection, ...within!];
      setAt(data, where, 'no-such-record');
      const issues = checkIntegrity(data).filter((issue) => issue.rule === 'reference');
      expect(issues.map((issue) => issue.path.join('.'))).toContain(where.join('.'));
      expect(issues.find((issue) => issue.path.join('.') === where.join('.'))?.message).toMatch(
        new RegExp(`names ${recordNouns[target]} no-such-record, which is not in ${target}$`),
      );
    });
  }

  for (const collection of ownIdCollections) {
    it(`a duplicated id in ${collection} is reported`, () => {
      const data = fresh();
      const records = data[collection] as readonly { readonly id: string }[];
      const copy = [...records, records[0]!];
      const issues = checkIntegrity({ ...data, [collection]: copy }).filter((issue) => issue.rule === 'id');
      expect(issues.map((issue) => issue.message)).toContain(`duplicate id ${records[0]!.id}`);
    });
  }

  it('a deleted case study breaks the events of it', () => {
    const data = fresh();
    const issues = checkIntegrity({ ...data, caseStudies: data.caseStudies.slice(1) });
    expect(issues.filter((issue) => issue.rule === 'reference').map((issue) => issue.message)).toContain(
      `event ${data.events.find((event) => event.caseStudyId === data.caseStudies[0]!.id)!.id} names case study ${data.caseStudies[0]!.id}, which is not in caseStudies`,
    );
  });
});
