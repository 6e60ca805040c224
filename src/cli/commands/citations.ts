import { type Citation, citations, formatLocator } from '../../index.js';
import { defineCommand } from '../command.js';
import { jsonFlag } from '../common-options.js';
import { json } from '../output.js';

function citationLine(c: Citation): string {
  return `${[c.id, c.text, c.referenceId, c.locator ? formatLocator(c.locator) : '-', c.repeatsId ? `ibid. of ${c.repeatsId}` : ''].join('\t').trimEnd()}\n`;
}

/** `citations`: every in-text citation, a line each, "ibid." resolved. */
export const citationList = defineCommand({
  name: 'citations',
  args: [],
  summary: 'every in-text citation, "ibid." resolved',
  options: { json: jsonFlag('the citations') },
  run: ({ values }) => (values.json ? json(citations) : citations.map(citationLine).join('')),
});
