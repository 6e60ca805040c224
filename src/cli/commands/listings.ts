import { blocks, citations, formatLocator, people, sections, toPlainText } from '../../index.js';
import { json } from '../output.js';
import type { CliValues } from '../parse-argv.js';
import { renderOutline } from '../render-outline.js';

/** `outline`: the sections, numbered, with their paragraphs. */
export function outline(values: CliValues): string {
  return values.json ? json(sections) : renderOutline();
}

/** `text`: the whole text as published. */
export function text(values: CliValues): string {
  return values.json ? json(blocks) : toPlainText();
}

/** `citations`: every in-text citation, a line each, "ibid." resolved. */
export function citationList(values: CliValues): string {
  if (values.json) return json(citations);
  return citations
    .map((c) => [c.id, c.text, c.referenceId, c.locator ? formatLocator(c.locator) : '-', c.repeatsId ? `ibid. of ${c.repeatsId}` : ''].join('\t').trimEnd() + '\n')
    .join('');
}

/** `people`: every person the essay names, with the number of mentions. */
export function peopleList(values: CliValues): string {
  if (values.json) return json(people);
  return people.map((p) => `${p.id}\t${p.name}\t${p.mentions.length} mentions\t${p.description}\n`).join('');
}
