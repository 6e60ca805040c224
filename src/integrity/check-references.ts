import { idLinks, recordNouns, type CollectionName } from '../generated/collection-table.js';
import { cut } from '../internal/describe-value.js';
import type { EssayData } from '../types/index.js';
import type { IntegrityPath, Report } from './issue.js';

/** Calls `found` with each value at `path` inside `value` (`*` steps into every item of a list), and where it is. */
function valuesAt(value: unknown, path: readonly string[], at: IntegrityPath, found: (value: unknown, at: IntegrityPath) => void): void {
  if (path.length === 0) {
    found(value, at);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const [step, ...rest] = path as [string, ...string[]];
  if (step === '*') {
    if (Array.isArray(value)) value.forEach((item: unknown, i) => valuesAt(item, rest, [...at, i], found));
    return;
  }
  valuesAt((value as Readonly<Record<string, unknown>>)[step], rest, [...at, step], found);
}

/**
 * Every id a record names is a record of the data (rule `reference`): not only a known id, but
 * present in this copy, so that deleting a record (Lenin from `people`) breaks every record that
 * names it. The links are read from the model (`idLinks`), so no collection or link is left out.
 */
export function checkReferences(data: EssayData, report: Report): void {
  const ids = new Map<CollectionName, ReadonlySet<string>>();
  const idsOf = (name: CollectionName): ReadonlySet<string> => {
    let known = ids.get(name);
    if (known === undefined) {
      const records: unknown = data[name];
      const list = Array.isArray(records) ? (records as readonly { readonly id?: unknown }[]) : [];
      known = new Set(list.map((record) => String(record.id)));
      ids.set(name, known);
    }
    return known;
  };
  const byCollection = new Map<CollectionName, (typeof idLinks)[number][]>();
  for (const link of idLinks) byCollection.set(link[0], [...(byCollection.get(link[0]) ?? []), link]);
  for (const [collection, links] of byCollection) {
    const value: unknown = data[collection];
    const records: readonly unknown[] = Array.isArray(value) ? value : [value];
    records.forEach((record, i) => {
      const id = (record as { readonly id?: unknown } | null)?.id;
      const owner = Array.isArray(value) ? `${recordNouns[collection]} ${cut(String(id))}` : `the ${recordNouns[collection]}`;
      const base: IntegrityPath = Array.isArray(value) ? [collection, i] : [collection];
      for (const [, path, target] of links) {
        valuesAt(record, path, base, (named, at) => {
          if (named !== null && !idsOf(target).has(String(named)))
            report(at, 'reference', `${owner} names ${recordNouns[target]} ${cut(String(named))}, which is not in ${target}`);
        });
      }
    });
  }
}
