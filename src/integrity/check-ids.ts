import { ownIdCollections } from '../generated/collection-table.js';
import { cut, describeValue } from '../internal/describe-value.js';
import type { EssayData } from '../types/index.js';
import type { IntegrityPath, Report } from './issue.js';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Ids are lowercase kebab-case and unique within their collection (rule `id`). */
export function checkIds(records: readonly { readonly id: string }[], report: Report, path: IntegrityPath = []): void {
  const seen = new Set<string>();
  records.forEach(({ id }, index) => {
    if (!kebab.test(id)) report([...path, index, 'id'], 'id', `malformed id ${describeValue(id)}`);
    if (seen.has(id)) report([...path, index, 'id'], 'id', `duplicate id ${cut(String(id))}`);
    seen.add(id);
  });
}

/**
 * {@link checkIds} for every collection whose records carry ids of their own, as the table of
 * collections lists them (the paragraphs' ids are the blocks').
 */
export function checkCollectionIds(data: EssayData, report: Report): void {
  for (const name of ownIdCollections) checkIds(data[name], report, [name]);
}
