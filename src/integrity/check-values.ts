import { describeValue } from '../internal/describe-value.js';
import { edtfBounds } from '../internal/edtf-bounds.js';
import type { EssayData } from '../types/index.js';
import type { IntegrityPath, Report } from './issue.js';

const url = /^https?:\/\/[^\s/?#]+[^\s]*$/;

function isUrl(text: string): boolean {
  if (!url.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

function checkRange(range: { readonly start: number; readonly end: number } | null, path: IntegrityPath, owner: string, report: Report): void {
  if (range && range.start > range.end) report(path, 'locator', `${owner}: ${range.start}–${range.end} runs backwards`);
}

/**
 * Values have their form (rules `locator`, `citation`, `date`, `url`): locators and page ranges run
 * forwards; a citation repeats another exactly when it is an "ibid.", and never itself; a quote is
 * not its own parent; the essay's dates and every event's date are EDTF as `dateRange` reads it,
 * the essay was not written after it was published, and an event has a `dateNote` exactly when its
 * date is not stated; a reference's `url` is an http or https URL.
 */
export function checkValues(data: EssayData, report: Report): void {
  for (const field of ['published', 'written'] as const) {
    if (!edtfBounds(data.essay[field])) report(['essay', field], 'date', `the essay's ${field} date ${describeValue(data.essay[field])} is not EDTF`);
  }
  const { written, published } = data.essay;
  const writtenDays = edtfBounds(written);
  const publishedDays = edtfBounds(published);
  if (writtenDays && publishedDays && writtenDays.earliest > publishedDays.latest) {
    report(['essay', 'written'], 'date', `the essay was written (${written}) after it was published (${published})`);
  }
  data.events.forEach((event, i) => {
    if (!edtfBounds(event.date)) report(['events', i, 'date'], 'date', `event ${event.id}: date ${describeValue(event.date)} is not EDTF of levels 0 and 1`);
    if ((event.dateBasis === 'stated') !== (event.dateNote === null)) {
      report(
        ['events', i, 'dateNote'],
        'date',
        `event ${event.id}: a date ${event.dateBasis === 'stated' ? 'the essay states has no dateNote' : `of basis ${event.dateBasis} needs a dateNote saying how it was reached`}`,
      );
    }
  });
  data.quotes.forEach((quote, i) => {
    checkRange(quote.locator, ['quotes', i, 'locator'], `quote ${quote.id}`, report);
    if (quote.parentId === quote.id) report(['quotes', i, 'parentId'], 'citation', `quote ${quote.id} is its own parent`);
  });
  data.citations.forEach((citation, i) => {
    const owner = `citation ${citation.id}`;
    checkRange(citation.locator, ['citations', i, 'locator'], owner, report);
    if (citation.ibid !== (citation.repeatsId !== null)) {
      report(
        ['citations', i, 'repeatsId'],
        'citation',
        `${owner}: ${citation.ibid ? 'an "ibid." must name the citation it repeats' : 'only an "ibid." repeats a citation'}`,
      );
    }
    if (citation.repeatsId === citation.id) report(['citations', i, 'repeatsId'], 'citation', `${owner} repeats itself`);
  });
  data.references.forEach((reference, i) => {
    checkRange(reference.pages, ['references', i, 'pages'], `reference ${reference.id}`, report);
    if (reference.url !== null && !isUrl(reference.url))
      report(['references', i, 'url'], 'url', `reference ${reference.id}: url ${describeValue(reference.url)} is not an http or https URL`);
  });
}
