import { describeValue } from '../internal/describe-value.js';
import type { EssayData } from '../types/index.js';
import type { Report } from './issue.js';

/** The first four-digit number of a bibliography entry: its author-date year (`(1993)`, `1999.`). */
const printedYear = /(?<![0-9])[0-9]{4}(?![0-9])/;

/** The fields of a reference parsed from its entry, each printed there as it is (`null` when absent). */
const parsedFields = ['title', 'containerTitle', 'volume', 'issue', 'publisher', 'place', 'institution', 'archive', 'url'] as const;

/**
 * Values restated from the printed text agree with it (rule `printed`): the essay's `title` is the
 * title block; a reference's `text` is its bibliography block, the fields parsed from it (title,
 * container, volume, issue, publisher, place, institution, archive, url, each name's printed form)
 * are printed there, and its `year` is the year printed there (the first four-digit number of the
 * entry, after the authors).
 */
export function checkPrinted(data: Pick<EssayData, 'essay' | 'blocks' | 'references'>, report: Report): void {
  const titleBlock = data.blocks.find((block) => block.kind === 'title');
  if (titleBlock && data.essay.title !== titleBlock.text) report(['essay', 'title'], 'printed', `the essay's title differs from the title block`);
  const blockText = new Map(data.blocks.map((block) => [block.id as string, block.text]));
  data.references.forEach((reference, i) => {
    const owner = `reference ${reference.id}`;
    const entry = blockText.get(reference.blockId);
    if (entry !== undefined && entry !== reference.text)
      report(['references', i, 'text'], 'printed', `${owner}: text differs from its entry, block ${reference.blockId}`);
    for (const field of parsedFields) {
      const value = reference[field];
      if (value !== null && !reference.text.includes(value))
        report(['references', i, field], 'printed', `${owner}: ${field} ${describeValue(value)} is not printed in its entry`);
    }
    for (const role of ['authors', 'editors'] as const) {
      reference[role].forEach((name, j) => {
        if (!reference.text.includes(name.printed))
          report(['references', i, role, j, 'printed'], 'printed', `${owner}: name ${describeValue(name.printed)} is not printed in its entry`);
      });
    }
    const year = printedYear.exec(reference.text)?.[0];
    if (year === undefined) report(['references', i, 'year'], 'printed', `${owner}: its entry prints no year`);
    else if (Number(year) !== reference.year)
      report(['references', i, 'year'], 'printed', `${owner}: year ${reference.year} differs from the year printed in its entry, ${year}`);
  });
}
