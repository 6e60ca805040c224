import { search } from '../../index.js';
import { defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import type { ValueOption } from '../option.js';
import { json } from '../output.js';
import { quoteValue } from '../quote-value.js';
import { UsageError } from '../usage-error.js';

const limitOption: ValueOption<number> = {
  kind: 'value',
  placeholder: 'n',
  help: 'stop after n hits',
  parse: (raw) => {
    if (!/^[0-9]+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
      throw new UsageError(`--limit: expected a positive whole number, got ${quoteValue(raw)}`);
    }
    return Number(raw);
  },
};

/**
 * `search <query>`: the hits, a line each (`block:offset` and a snippet). No hit is a failure
 * (exit code 1, as `grep`), said on stderr; `--json` still prints the empty list.
 */
export const searchText = defineCommand({
  name: 'search',
  args: ['<query>'],
  summary: 'literal, case- and accent-insensitive search; exit code 1 if no hit',
  options: { json: jsonFlag('the hits'), limit: limitOption },
  run: ({ values, args }) => {
    const query = args[0]!;
    const hits = search(query, values.limit === undefined ? {} : { limit: values.limit });
    const stdout = values.json ? json(hits) : hits.map((hit) => `${hit.blockId}:${hit.start}\t${hit.snippet}\n`).join('');
    return hits.length > 0 ? stdout : { stdout, failure: `no match for ${quoteValue(query)}` };
  },
});
