import { search } from '../../index.js';
import { json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { UsageError } from '../usage-error.js';

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--limit expects a positive whole number, got '${value}'`);
  }
  return Number(value);
}

/** `search <query>`: the hits, a line each (`block:offset` and a snippet). */
export function searchText(values: CliValues, args: readonly string[]): string {
  const limit = parseLimit(values.limit);
  const hits = search(args[0]!, limit === undefined ? {} : { limit });
  if (values.json) return json(hits);
  return hits.map((hit) => `${hit.blockId}:${hit.start}\t${hit.snippet}\n`).join('');
}
